package io.driftwatch.alerting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver on loopback that never finishes its answer: it sends the status line and headers promising a
 * megabyte, then {@code burst} bytes at once, then one byte every {@code drip} until the client hangs up. Raw
 * sockets, since an HTTP server library would finish the answer for us.
 */
final class DripReceiver implements AutoCloseable {

    private static final Pattern EVENT_ID = Pattern.compile("(?im)^X-Driftwatch-Event-Id:\\s*(\\S+)");
    private static final Pattern LENGTH = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)");

    /** One request: its event id, and when it arrived and when the client hung up, in System.nanoTime(). */
    record Call(String eventId, String body, long arrived, long hungUp) {

        Duration held() {
            return Duration.ofNanos(hungUp - arrived);
        }
    }

    private final ServerSocket server;
    private final int status;
    private final String extraHeaders;
    private final int burst;
    private final Duration drip;
    private final boolean silent;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private DripReceiver(int status, String extraHeaders, int burst, Duration drip, boolean silent) {
        this.status = status;
        this.extraHeaders = extraHeaders;
        this.burst = burst;
        this.drip = drip;
        this.silent = silent;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "drip-receiver-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers {@code status}, then {@code burst} bytes of {@code x}, then a byte every {@code drip}. */
    static DripReceiver dripping(int status, String extraHeaders, int burst, Duration drip) {
        return new DripReceiver(status, extraHeaders, burst, drip, false);
    }

    /** Reads the request and never answers at all. */
    static DripReceiver silent() {
        return new DripReceiver(0, "", 0, Duration.ZERO, true);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** The requests whose connection the client closed, in the order they ended. */
    List<Call> finished() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread serving = new Thread(() -> serve(socket), "drip-receiver");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            long arrived = System.nanoTime();
            Matcher length = LENGTH.matcher(head);
            byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            Matcher id = EVENT_ID.matcher(head);
            String eventId = id.find() ? id.group(1) : "";
            try {
                answer(in, socket.getOutputStream());
            } catch (IOException e) {
                // The client hung up mid-answer, which is the point.
            }
            calls.add(new Call(eventId, new String(body, StandardCharsets.UTF_8), arrived, System.nanoTime()));
        } catch (IOException e) {
            // A request that never fully arrived is no call.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns only when the client hung up. */
    private void answer(InputStream in, OutputStream out) throws IOException, InterruptedException {
        if (silent) {
            while (in.read() >= 0) {
                // Nothing more is expected; read ends once the client hangs up.
            }
            return;
        }
        out.write(("HTTP/1.1 " + status + " Whatever\r\nContent-Type: text/plain\r\n" + extraHeaders
                + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write("x".repeat(burst).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // A write to a connection the client closed fails within a write or two: that is when it hung up.
        while (true) {
            Thread.sleep(drip.toMillis());
            out.write('x');
            out.flush();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
