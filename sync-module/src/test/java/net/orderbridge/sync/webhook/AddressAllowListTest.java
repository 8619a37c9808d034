package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Which literal addresses a {@code WEBHOOK_ALLOWED_ADDRESSES} list lets in, which entries it
 * refuses at start-up (naming them), and how it shows itself to operators.
 */
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

  @Test
  void aPrefixBelowZeroOrBeyondTheAddressIsRefusedNamingTheEntry() {
    assertThatThrownBy(() -> AddressAllowList.parse("10.0.0.0/-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..32")
        .hasMessageContaining("10.0.0.0/-1");
    assertThatThrownBy(() -> AddressAllowList.parse("2001:db8::/129"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..128")
        .hasMessageContaining("2001:db8::/129");
  }

  @Test
  void theWidestPrefixesAdmitTheirWholeFamilyOnly() {
    AddressAllowList ipv4 = AddressAllowList.parse("0.0.0.0/0");
    AddressAllowList ipv6 = AddressAllowList.parse("::/0");

    assertThat(ipv4.permits("203.0.113.9")).isTrue();
    assertThat(ipv4.permits("2001:db8::1")).isFalse();
    assertThat(ipv6.permits("2001:db8::1")).isTrue();
    assertThat(ipv6.permits("203.0.113.9")).isFalse();
  }

  @Test
  void anIpv6ZoneIdIsIgnoredWhenMatching() {
    AddressAllowList list = AddressAllowList.parse("fe80::/10");

    assertThat(list.permits("fe80::1%eth0")).isTrue();
    assertThat(list.permits("[fe80::1%2]")).isTrue();
    assertThat(list.permits("fec0::1%eth0")).isFalse();
    assertThat(list.permits("%eth0")).isFalse();
  }

  @Test
  void whatOnlyLooksLikeAnAddressIsNeitherLetInNorAcceptedAsAnEntry() {
    AddressAllowList list = AddressAllowList.parse("::/0, 0.0.0.0/0");

    assertThat(list.permits(":::")).isFalse();
    assertThat(list.permits("3232235777")).as("a bare number").isFalse();
    assertThat(list.permits("10.1")).as("a short IPv4 form").isFalse();
    assertThat(list.permits("[]")).isFalse();
    assertThatThrownBy(() -> AddressAllowList.parse(":::"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":::");
    assertThatThrownBy(() -> AddressAllowList.parse("3232235777/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3232235777/8");
  }

  @Test
  void operatorsSeeTheEntriesAsWrittenOrAny() {
    assertThat(AddressAllowList.parse("10.0.0.0/8,2001:DB8::/32  192.0.2.7"))
        .hasToString("[10.0.0.0/8, 2001:DB8::/32, 192.0.2.7]");
    assertThat(AddressAllowList.parse("")).hasToString("any");
  }
}
