package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportModeTest {

  @Test
  void theModeIsReadInAnyCaseWithDashes() {
    assertThat(ImportMode.parse("all")).isEqualTo(ImportMode.ALL);
    assertThat(ImportMode.parse(" Known-Suppliers ")).isEqualTo(ImportMode.KNOWN_SUPPLIERS);
    assertThat(ImportMode.parse("NONE")).isEqualTo(ImportMode.NONE);
  }

  @Test
  void anythingElseIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> ImportMode.parse("some"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sync.pull.import")
        .hasMessageContaining("'some'");
    assertThatThrownBy(() -> ImportMode.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aModeIsWrittenAsConfigurationSaysIt() {
    assertThat(ImportMode.KNOWN_SUPPLIERS.text()).isEqualTo("known-suppliers");
    assertThat(ImportMode.parse(ImportMode.ALL.text())).isEqualTo(ImportMode.ALL);
  }
}
