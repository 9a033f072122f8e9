package io.driftwatch.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.text.RouterText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Reads a NetBox list endpoint page by page, following {@code next}. Every page is bounded in time (connect, then the
 * whole exchange) and in size, and the number of pages is capped, so neither a slow nor a hostile server can hold a
 * reload for ever or fill the heap. Redirects are not followed, and {@code next} is only ever asked of the configured
 * server, so the token goes nowhere else.
 */
final class NetboxClient {

    /** One device of a page, handed over as the page is read so that pages are not all kept. */
    interface DeviceHandler {
        void device(JsonNode device) throws NetboxException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final int maxPages;
    private final int maxPageBytes;

    NetboxClient(Duration connectTimeout, Duration timeout, int maxPages, int maxPageBytes) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.maxPages = maxPages;
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * @param first         the list's first page, on the configured server
     * @param authorization the {@code Authorization} header's value, or null to send none
     */
    void readAll(URI first, String authorization, DeviceHandler handler) throws NetboxException {
        URI page = first;
        for (int read = 0; page != null; read++) {
            if (read == maxPages) {
                throw new NetboxException("NetBox's device list goes on past " + maxPages + " pages (at " + page
                        + "); raise driftwatch.inventory.netbox.max-pages if that many are expected");
            }
            JsonNode body = get(page, authorization);
            JsonNode results = body.path("results");
            if (!results.isArray()) {
                throw new NetboxException(page + " answered JSON without a 'results' list: not NetBox's device list");
            }
            for (JsonNode device : results) {
                handler.device(device);
            }
            page = next(first, body.path("next"));
        }
    }

    /**
     * NetBox builds {@code next} from the host and scheme it was asked under, which a proxy in front may change (to
     * {@code http}, or to an inner name); only its path and query are taken, asked of the configured server.
     */
    private static URI next(URI first, JsonNode next) throws NetboxException {
        if (next.isMissingNode() || next.isNull()) {
            return null;
        }
        if (!next.isTextual()) {
            throw new NetboxException("NetBox's 'next' link is not text: not NetBox's device list");
        }
        URI link;
        try {
            link = new URI(next.asText());
        } catch (URISyntaxException e) {
            throw new NetboxException("NetBox's 'next' link is not a URL: " + RouterText.forLog(next.asText()));
        }
        if (link.getRawPath() == null || link.getRawPath().isEmpty()) {
            throw new NetboxException("NetBox's 'next' link has no path: " + RouterText.forLog(next.asText()));
        }
        return URI.create(first.getScheme() + "://" + first.getRawAuthority() + link.getRawPath()
                + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    private JsonNode get(URI page, String authorization) throws NetboxException {
        HttpRequest.Builder request = HttpRequest.newBuilder(page).timeout(timeout)
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request.build(),
                new CappedBody(maxPageBytes));
        HttpResponse<byte[]> response;
        try {
            // One deadline for connect, headers and body: the request timeout alone stops at the headers.
            response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new NetboxException("no complete answer from " + page + " within " + timeout);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new NetboxException("interrupted while reading " + page, e);
        } catch (ExecutionException e) {
            throw failure(page, e.getCause());
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new NetboxException("NetBox refused " + (authorization == null ? "a request without a token"
                    : "the token") + ": HTTP " + response.statusCode() + detail(response.body()) + " for " + page);
        }
        if (response.statusCode() != 200) {
            throw new NetboxException("NetBox answered HTTP " + response.statusCode() + detail(response.body())
                    + " for " + page + (response.statusCode() / 100 == 3 ? " (redirects are not followed: set"
                            + " driftwatch.inventory.netbox.url to where it points)" : ""));
        }
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new NetboxException(page + " answered something that is not JSON: "
                    + RouterText.forLog(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new NetboxException(page + " answered something that is not JSON", e);
        }
    }

    /** NetBox says why in {@code {"detail": "..."}}; other answers are quoted in part. */
    private static String detail(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            JsonNode detail = JSON.readTree(text).path("detail");
            if (detail.isTextual()) {
                text = detail.asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: quoted as it came
        }
        return " (" + RouterText.forLog(text) + ")";
    }

    private NetboxException failure(URI page, Throwable cause) {
        Throwable reason = cause;
        while (reason != null) {
            if (reason instanceof CappedBody.TooLarge) {
                return new NetboxException(page + " answered more than " + maxPageBytes
                        + " bytes; raise driftwatch.inventory.netbox.max-page-bytes if that is expected");
            }
            if (reason instanceof HttpConnectTimeoutException) {
                return new NetboxException("no connection to " + page.getRawAuthority() + " within "
                        + connectTimeout, cause);
            }
            if (reason instanceof HttpTimeoutException) {
                return new NetboxException("no answer from " + page + " within " + timeout, cause);
            }
            if (reason instanceof ConnectException) {
                return new NetboxException("cannot connect to " + page.getRawAuthority(), cause);
            }
            if (reason instanceof SSLException) {
                return new NetboxException("TLS with " + page.getRawAuthority() + " failed ("
                        + reason.getClass().getSimpleName() + "): " + RouterText.forLog(reason.getMessage()), cause);
            }
            reason = reason.getCause();
        }
        return new NetboxException("cannot read " + page + " (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
