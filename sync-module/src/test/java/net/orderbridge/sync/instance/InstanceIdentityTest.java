package net.orderbridge.sync.instance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceIdentityTest {

  @Test
  void aNameThatFitsTheColumnIsKeptAsItIs() {
    assertThat(InstanceIdentity.fit("host/defaultServer@/srv/liberty"))
        .isEqualTo("host/defaultServer@/srv/liberty");
  }

  @Test
  void aLongerNameIsShortenedStablyAndStaysDistinct() {
    String deep = "host/defaultServer@" + "/very/deep/server/directory".repeat(12);
    String fitted = InstanceIdentity.fit(deep);

    assertThat(fitted).hasSize(InstanceIdentity.MAX_LENGTH).isEqualTo(InstanceIdentity.fit(deep));
    assertThat(fitted).isNotEqualTo(InstanceIdentity.fit(deep + "2"));
  }
}
