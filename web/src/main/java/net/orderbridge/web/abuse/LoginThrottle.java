package net.orderbridge.web.abuse;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Failed logins per user name and per client address within a sliding window. Once either has
 * reached its bound, further attempts for that name or from that address are refused unchecked
 * until the oldest failure leaves the window, so that guessing stays slow even across many names or
 * many addresses. User names count whether or not they exist (refusing only existing ones would
 * tell an attacker which exist). A success forgets the name's failures.
 */
final class LoginThrottle {
  static final int MAX_KEYS = FailureTable.MAX_KEYS;

  private final FailureTable users;
  private final FailureTable addresses;
  private final LongSupplier clock;

  /**
   * @param perUser failures of one user name within the window that block it; 0 = no bound
   * @param perAddress failures from one address within the window that block it; 0 = no bound
   */
  LoginThrottle(int perUser, int perAddress, Duration window, LongSupplier clock) {
    if (perUser < 0 || perAddress < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "login failure bounds must be 0 (off) or positive, the window positive");
    }
    this.users = new FailureTable(perUser, window.toNanos());
    this.addresses = new FailureTable(perAddress, window.toNanos());
    this.clock = clock;
  }

  /** Empty when the attempt may be checked; otherwise how long the caller must wait. */
  Optional<Duration> blocked(String user, String address) {
    long now = clock.getAsLong();
    long wait = Math.max(users.waitFor(user, now), addresses.waitFor(address, now));
    return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
  }

  void failed(String user, String address) {
    long now = clock.getAsLong();
    users.record(user, now);
    addresses.record(address, now);
  }

  void succeeded(String user) {
    users.forget(user);
  }
}
