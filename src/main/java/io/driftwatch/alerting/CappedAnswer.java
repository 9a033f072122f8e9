package io.driftwatch.alerting;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A receiver's answer as far as a hook cares: the status line and headers, and the first {@code limit} bytes of the
 * body. The JDK's own handlers read the body whole, and its request timeout stops at the headers, so a receiver
 * that sends headers and then one byte a second would hold the hook's only sender thread for ever. Here the rest is
 * dropped once the limit is reached or {@link #stop()} is called at the hook's deadline.
 */
final class CappedAnswer implements HttpResponse.BodyHandler<byte[]> {

    private final int limit;
    private volatile HttpResponse.ResponseInfo info;
    private volatile Body body;

    CappedAnswer(int limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
        Body next = new Body();
        body = next;
        info = responseInfo;
        return next;
    }

    /** The status and headers, once they arrived. */
    Optional<HttpResponse.ResponseInfo> info() {
        return Optional.ofNullable(info);
    }

    /** The body's first bytes as far as they arrived; empty before the headers. */
    byte[] kept() {
        Body current = body;
        return current == null ? new byte[0] : current.kept();
    }

    /** Reads no further: what is still coming is dropped, and the exchange ends with what was kept. */
    void stop() {
        Body current = body;
        if (current != null) {
            current.stop();
        }
    }

    private final class Body implements HttpResponse.BodySubscriber<byte[]> {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> done = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private boolean stopped;

        @Override
        public void onSubscribe(Flow.Subscription given) {
            boolean cancel;
            synchronized (this) {
                subscription = given;
                cancel = stopped;
            }
            if (cancel) {
                given.cancel();
            } else {
                given.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            boolean full;
            Flow.Subscription more;
            synchronized (this) {
                if (stopped) {
                    return;
                }
                for (ByteBuffer item : items) {
                    int take = Math.min(item.remaining(), limit - kept.size());
                    byte[] bytes = new byte[take];
                    item.get(bytes);
                    kept.write(bytes, 0, take);
                }
                full = kept.size() >= limit;
                more = subscription;
            }
            if (full) {
                end(true);
            } else {
                more.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            // The status is already in, and it alone decides; a broken body only ends the reading.
            end(false);
        }

        @Override
        public void onComplete() {
            // Read to the end: the connection can serve the next delivery.
            end(false);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return done;
        }

        synchronized byte[] kept() {
            return kept.toByteArray();
        }

        void stop() {
            end(true);
        }

        private void end(boolean drop) {
            Flow.Subscription cancel;
            byte[] bytes;
            synchronized (this) {
                if (stopped) {
                    return;
                }
                stopped = true;
                cancel = subscription;
                bytes = kept.toByteArray();
            }
            if (drop && cancel != null) {
                cancel.cancel();
            }
            done.complete(bytes);
        }
    }
}
