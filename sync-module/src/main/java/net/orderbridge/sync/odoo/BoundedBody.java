package net.orderbridge.sync.odoo;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Odoo's answer as bytes, at most {@code limit} of them. An answer that announces more in {@code
 * Content-Length} is refused before its body is read; one that streams more (chunked, or lying
 * about its length) is cut off as soon as it passes the limit, and the connection is dropped.
 * Memory never holds more than the limit, however long the peer keeps sending.
 */
final class BoundedBody implements BodyHandler<byte[]> {
  private final long limit;

  BoundedBody(long limit) {
    this.limit = limit;
  }

  @Override
  public BodySubscriber<byte[]> apply(ResponseInfo info) {
    long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Bounded(limit, announced);
  }

  /** Raised (inside the HTTP client's own exception) when an answer passes the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit, String how) {
      super("Odoo's answer is larger than " + limit + " bytes (" + how + ")");
      this.limit = limit;
    }
  }

  private static final class Bounded implements BodySubscriber<byte[]> {
    private final BodySubscriber<byte[]> bytes = BodySubscribers.ofByteArray();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long limit;
    private final long announced;
    private Flow.Subscription subscription;
    private long received;
    private boolean refused;

    Bounded(long limit, long announced) {
      this.limit = limit;
      this.announced = announced;
      bytes
          .getBody()
          .whenComplete(
              (body, failure) -> {
                if (failure == null) {
                  result.complete(body);
                } else {
                  result.completeExceptionally(failure);
                }
              });
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (announced > limit) {
        refuse("announced " + announced + " bytes");
        return;
      }
      bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (refused) {
        return;
      }
      for (ByteBuffer item : items) {
        received += item.remaining();
      }
      if (received > limit) {
        refuse("cut off after " + received + " bytes");
        return;
      }
      bytes.onNext(items);
    }

    @Override
    public void onError(Throwable failure) {
      if (!refused) {
        bytes.onError(failure);
      }
    }

    @Override
    public void onComplete() {
      if (!refused) {
        bytes.onComplete();
      }
    }

    private void refuse(String how) {
      refused = true;
      subscription.cancel();
      result.completeExceptionally(new TooLarge(limit, how));
    }
  }
}
