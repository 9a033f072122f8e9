package io.driftwatch.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A whole answer body of at most {@code limit} bytes. The JDK's own handlers take any size, so a broken or hostile
 * server could fill the heap; here the exchange fails with {@link TooLarge} as soon as the limit is passed.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

    /** The body went past the limit; what arrived is dropped. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("answer over the size limit");
        }
    }

    private final int limit;

    CappedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
        return new Subscriber();
    }

    /** Signals arrive one at a time (the Flow contract), so no state here needs a lock. */
    private final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
            given.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (item.remaining() > limit - bytes.size()) {
                    body.completeExceptionally(new TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }
    }
}
