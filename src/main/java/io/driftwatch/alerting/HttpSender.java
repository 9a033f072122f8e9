package io.driftwatch.alerting;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** POSTs webhook, Slack and Teams messages with the JDK HTTP client, every wait bounded by the hook's timeout. */
@ApplicationScoped
class HttpSender {

    static final String EVENT_ID_HEADER = "X-Driftwatch-Event-Id";
    static final String ATTEMPT_HEADER = "X-Driftwatch-Attempt";
    private static final int ERROR_BODY_CHARS = 300;

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
        HttpResponse<String> response;
        try {
            response = client(new Route(hook.timeout(), hook.proxy()))
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new DeliveryException("no connection within " + hook.timeout());
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("no answer within " + hook.timeout());
        } catch (ConnectException e) {
            throw new DeliveryException("cannot connect: " + (e.getMessage() == null ? "connection refused"
                    : e.getMessage()));
        } catch (IOException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            if (answer.length() > ERROR_BODY_CHARS) {
                answer = answer.substring(0, ERROR_BODY_CHARS) + "…";
            }
            throw new DeliveryException("HTTP " + status + (answer.isEmpty() ? "" : ": " + answer),
                    retryAfter(response));
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> RetryAfter.parse(value, Instant.now()));
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
