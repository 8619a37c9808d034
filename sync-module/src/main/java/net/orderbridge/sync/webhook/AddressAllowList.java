package net.orderbridge.sync.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses webhooks may come from, as CIDR blocks ({@code 10.0.0.0/8, 2001:db8::/32,
 * 192.0.2.7} — a bare address is a block of one). Empty: every address. Only literal addresses are
 * read, so nothing here ever asks DNS. An IPv4 address seen as IPv4-mapped IPv6 ({@code
 * ::ffff:a.b.c.d}) matches its IPv4 block.
 */
public final class AddressAllowList {
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
  private final List<Block> blocks;

  private AddressAllowList(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Reads a comma- or space-separated list of CIDR blocks.
   *
   * @throws IllegalArgumentException naming the entry that is not a block
   */
  public static AddressAllowList parse(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : text.trim().split("[,\\s]+")) {
      if (!entry.isEmpty()) {
        blocks.add(Block.parse(entry));
      }
    }
    return new AddressAllowList(blocks);
  }

  /** Whether any address may post. */
  public boolean open() {
    return blocks.isEmpty();
  }

  /** Whether this address (a literal, as the server saw the caller) may post. */
  public boolean permits(String address) {
    if (blocks.isEmpty()) {
      return true;
    }
    byte[] bytes = literal(address);
    if (bytes == null) {
      return false;
    }
    return blocks.stream().anyMatch(b -> b.contains(bytes));
  }

  @Override
  public String toString() {
    return blocks.isEmpty() ? "any" : blocks.toString();
  }

  /** The address's bytes (IPv4-mapped IPv6 as IPv4), or null when it is not a literal. */
  private static byte[] literal(String address) {
    String bare = address == null ? "" : address.trim();
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    int zone = bare.indexOf('%');
    if (zone >= 0) {
      bare = bare.substring(0, zone);
    }
    if (bare.isEmpty() || !LITERAL.matcher(bare).matches()) {
      return null;
    }
    if (!bare.contains(":") && !bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    try {
      return InetAddress.getByName(bare).getAddress();
    } catch (UnknownHostException notALiteral) {
      return null;
    }
  }

  private record Block(byte[] network, int prefix, String text) {
    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
      if (network == null) {
        throw new IllegalArgumentException("not an address or CIDR block: " + entry);
      }
      int bits = network.length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException("not a CIDR prefix length: " + entry);
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("prefix length out of 0.." + bits + ": " + entry);
      }
      return new Block(network, prefix, entry);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int shift = network.length * 8 - prefix;
      return new BigInteger(1, address)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
