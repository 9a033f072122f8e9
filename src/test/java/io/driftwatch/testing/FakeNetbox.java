package io.driftwatch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * NetBox's device list as NetBox 4.x serves it, on 127.0.0.1: {@code GET /api/dcim/devices/} pages the devices of
 * {@code netbox/devices.json} by {@code limit} and {@code offset} ({@code limit} capped by the server's page size, as
 * MAX_PAGE_SIZE does), with {@code count}, {@code next} and {@code previous}, and answers {@code 403} to any token but
 * its own, with NetBox's {@code {"detail": …}}. A test can make it misbehave: an error status, a body that is not
 * JSON, or no answer at all.
 */
public final class FakeNetbox implements AutoCloseable {

    public static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    /** How the server answers the device list. */
    public enum Mode {
        NETBOX,
        /** 500 with Django's HTML error page. */
        SERVER_ERROR,
        /** 200 with a body cut off in the middle of the JSON. */
        MALFORMED,
        /** Takes the request and never answers. */
        SILENT
    }

    /** One request as the server saw it. */
    public record Request(String path, Map<String, String> query, String authorization) {
    }

    /** The server's MAX_PAGE_SIZE: whatever limit is asked, a page holds at most this many devices. */
    public static final int MAX_PAGE_SIZE = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile ArrayNode devices;
    private volatile Mode mode = Mode.NETBOX;
    private volatile String advertisedBase;

    private FakeNetbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        advertisedBase = url();
        devices = fixture(url());
    }

    /** Started, serving the fixture's devices in pages of 4 (two pages for the fixture's 7). */
    public static FakeNetbox start() {
        try {
            return new FakeNetbox();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, as {@code driftwatch.inventory.netbox.url} names it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeNetbox mode(Mode next) {
        mode = next;
        return this;
    }

    /** The devices served, replacing the fixture's. */
    public FakeNetbox devices(ArrayNode list) {
        devices = list;
        return this;
    }

    /** The fixture's devices, each a NetBox 4.x device object, with this server's address in their links. */
    public ArrayNode fixtureDevices() {
        return fixture(url()).deepCopy();
    }

    /**
     * Where {@code next} links point, as NetBox behind a proxy builds them from the Host and scheme it was asked
     * under; by default this server.
     */
    public FakeNetbox advertisedBase(String base) {
        advertisedBase = base;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestURI().getPath(), query, authorization));
            if (authorization == null) {
                answer(exchange, 403, "{\"detail\":\"Authentication credentials were not provided.\"}");
            } else if (!authorization.equals("Token " + TOKEN)) {
                answer(exchange, 403, "{\"detail\":\"Invalid token\"}");
            } else if (!exchange.getRequestURI().getPath().equals("/api/dcim/devices/")) {
                answer(exchange, 404, "{\"detail\":\"Not found.\"}");
            } else {
                switch (mode) {
                    case NETBOX -> answer(exchange, 200, JSON.writeValueAsString(page(query)));
                    case SERVER_ERROR -> answer(exchange, 500, "<!DOCTYPE html><html><head><title>Server Error</title>"
                            + "</head><body><h1>Server Error (500)</h1></body></html>");
                    case MALFORMED -> answer(exchange, 200, "{\"count\": 7, \"next\": null, \"results\": [{\"id\": 1");
                    case SILENT -> released.await(1, TimeUnit.MINUTES);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode page(Map<String, String> query) {
        int limit = Math.min(Integer.parseInt(query.getOrDefault("limit", "50")), MAX_PAGE_SIZE);
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        ArrayNode all = devices;
        ObjectNode page = JSON.createObjectNode();
        page.put("count", all.size());
        page.put("next", offset + limit < all.size() ? link(query, limit, offset + limit) : null);
        page.put("previous", offset > 0 ? link(query, limit, Math.max(0, offset - limit)) : null);
        ArrayNode results = page.putArray("results");
        for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
            results.add(all.get(i));
        }
        return page;
    }

    /** As NetBox builds it: the same query with its own limit and the next offset, in the order Django keeps. */
    private String link(Map<String, String> query, int limit, int offset) {
        Map<String, String> next = new LinkedHashMap<>(query);
        next.put("limit", String.valueOf(limit));
        next.put("offset", String.valueOf(offset));
        StringBuilder url = new StringBuilder(advertisedBase).append("/api/dcim/devices/?");
        next.forEach((key, value) -> url.append(key).append('=').append(value).append('&'));
        return url.substring(0, url.length() - 1);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                // The last value wins, as in Django's QueryDict.get.
                query.put(key, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                body.startsWith("<") ? "text/html; charset=utf-8" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ArrayNode fixture(String base) {
        try (InputStream in = FakeNetbox.class.getResourceAsStream("/netbox/devices.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base);
            JsonNode parsed = JSON.readTree(text);
            return (ArrayNode) parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
