package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressAllowListTest {

  @Test
  void anEmptyListLetsEveryAddressIn() {
    AddressAllowList list = AddressAllowList.parse("  ");

    assertThat(list.open()).isTrue();
    assertThat(list.permits("203.0.113.9")).isTrue();
  }

  @Test
  void anIpv4BlockAdmitsItsOwnAddressesOnly() {
    AddressAllowList list = AddressAllowList.parse("10.1.0.0/16, 192.0.2.7");

    assertThat(list.permits("10.1.255.3")).isTrue();
    assertThat(list.permits("10.2.0.1")).isFalse();
    assertThat(list.permits("192.0.2.7")).isTrue();
    assertThat(list.permits("192.0.2.8")).isFalse();
  }

  @Test
  void ipv6BlocksAndIpv4MappedAddressesMatch() {
    AddressAllowList list = AddressAllowList.parse("2001:db8::/32 192.0.2.0/24");

    assertThat(list.permits("2001:db8:0:1::5")).isTrue();
    assertThat(list.permits("[2001:db8::1]")).isTrue();
    assertThat(list.permits("2001:db9::1")).isFalse();
    assertThat(list.permits("::ffff:192.0.2.9")).isTrue();
    assertThat(list.permits("::1")).isFalse();
  }

  @Test
  void namesAreNeitherLookedUpNorLetIn() {
    AddressAllowList list = AddressAllowList.parse("127.0.0.0/8");

    assertThat(list.permits("localhost")).isFalse();
    assertThat(list.permits(null)).isFalse();
    assertThatThrownBy(() -> AddressAllowList.parse("localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("localhost");
  }

  @Test
  void aPrefixOutOfRangeIsRefused() {
    assertThatThrownBy(() -> AddressAllowList.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> AddressAllowList.parse("10.0.0.0/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
