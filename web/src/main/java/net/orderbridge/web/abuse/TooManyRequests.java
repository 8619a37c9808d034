package net.orderbridge.web.abuse;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import net.orderbridge.web.problem.Problem;

/** The 429 problem document with {@code Retry-After} in whole seconds (at least 1). */
public final class TooManyRequests {
  private TooManyRequests() {}

  public static Response after(Duration wait, String slug, String detail) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Response.fromResponse(
            Problem.of(
                    slug, "Too many requests", 429, detail + " Retry in " + seconds + " s.", null)
                .toResponse())
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }
}
