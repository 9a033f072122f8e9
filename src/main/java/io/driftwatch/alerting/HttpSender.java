package io.driftwatch.alerting;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs webhook, Slack and Teams messages with the JDK HTTP client, every wait bounded by the hook's timeout: connect,
 * headers and the first {@value #ANSWER_BYTES} bytes of the answer all within it, the rest dropped. The status
 * alone decides success.
 */
@ApplicationScoped
class HttpSender {

    static final String EVENT_ID_HEADER = "X-Driftwatch-Event-Id";
    static final String ATTEMPT_HEADER = "X-Driftwatch-Attempt";
    private static final int ERROR_BODY_CHARS = 300;
    /** How much of an answer is read: enough for the error text, never a receiver's whole page. */
    static final int ANSWER_BYTES = 4096;

    /** One client per connect timeout and proxy, so each hook's connections are bounded by its own timeout. */
    private final Map<Route, HttpClient> clients = new ConcurrentHashMap<>();

    private record Route(Duration connectTimeout, Optional<InetSocketAddress> proxy) {
    }

    void send(Hook hook, Outgoing message) throws DeliveryException, InterruptedException {
        byte[] body = switch (hook.type()) {
            case SLACK -> SlackMessage.of(message);
            case TEAMS -> TeamsMessage.of(message);
            default -> WebhookBody.of(message);
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(hook.url().orElseThrow())
                .timeout(hook.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Driftwatch")
                .header(EVENT_ID_HEADER, message.messageId())
                .header(ATTEMPT_HEADER, Integer.toString(message.attempt()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        hook.secret().ifPresent(secret -> request.header(Signature.HEADER, Signature.of(secret, body)));
        hook.headers().forEach(request::setHeader);
        CappedAnswer answer = new CappedAnswer(ANSWER_BYTES);
        CompletableFuture<HttpResponse<byte[]>> exchange = client(new Route(hook.timeout(), hook.proxy()))
                .sendAsync(request.build(), answer);
        try {
            // One deadline for connect, headers and body: the request timeout alone stops at the headers.
            exchange.get(hook.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Still connecting or waiting (no answer), or still reading the body (the status is in and decides).
        } catch (ExecutionException e) {
            if (answer.info().isEmpty()) {
                throw failure(e.getCause(), hook);
            }
        } finally {
            // Drops whatever is still coming and closes the connection; nothing when the exchange is complete.
            answer.stop();
            exchange.cancel(true);
        }
        HttpResponse.ResponseInfo response = answer.info()
                .orElseThrow(() -> new DeliveryException("no answer within " + hook.timeout()));
        int status = response.statusCode();
        if (status / 100 != 2) {
            String text = new String(answer.kept(), StandardCharsets.UTF_8).strip();
            if (text.length() > ERROR_BODY_CHARS) {
                text = text.substring(0, ERROR_BODY_CHARS) + "…";
            }
            throw new DeliveryException("HTTP " + status + (text.isEmpty() ? "" : ": " + text),
                    retryAfter(response.headers()));
        }
    }

    private static DeliveryException failure(Throwable cause, Hook hook) {
        Throwable e = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (e instanceof HttpConnectTimeoutException) {
            return new DeliveryException("no connection within " + hook.timeout());
        }
        if (e instanceof HttpTimeoutException) {
            return new DeliveryException("no answer within " + hook.timeout());
        }
        if (e instanceof ConnectException) {
            return new DeliveryException("cannot connect: " + (e.getMessage() == null ? "connection refused"
                    : e.getMessage()));
        }
        return new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> RetryAfter.parse(value, Instant.now()));
    }

    private HttpClient client(Route route) {
        return clients.computeIfAbsent(route, r -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(r.connectTimeout())
                // Never the JVM's default selector: a hook goes through exactly the proxy it names, or none.
                .proxy(r.proxy().map(ProxySelector::of).orElse(HttpClient.Builder.NO_PROXY))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    @PreDestroy
    void close() {
        clients.clear();
    }
}
