package io.driftwatch.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Ten wrong passwords for one user from one address, through the login form and HTTP basic together, lock that user
 * from that address: 429 with Retry-After, even for the right password, while other users and addresses sign in.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class LoginThrottleHttpTest {

    private static final String USER = "guarded";
    private static final String PASSWORD = "guarded-test-password";

    @TestHTTPResource("/")
    URL root;

    @Test
    void tenFailuresLockTheUserFromThatAddressOnly() throws IOException {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(LoginThrottle.class.getName());
        log.addHandler(capture);
        try {
            // Five wrong passwords through the form and five through basic: one counter for both.
            for (int i = 0; i < 5; i++) {
                Response form = formLogin(USER, "wrong-" + i);
                assertEquals(302, form.statusCode());
                assertTrue(form.getHeader("Location").contains("/login?error=true"), form.getHeader("Location"));
                given().auth().preemptive().basic(USER, "wrong-" + i).get("/api/devices").then().statusCode(401);
            }
            // Locked now: the right password gets 429 and no session, through either door.
            Response basic = given().auth().preemptive().basic(USER, PASSWORD).get("/api/devices");
            assertEquals(429, basic.statusCode(), basic.asString());
            long retryAfter = Long.parseLong(basic.getHeader("Retry-After"));
            assertTrue(retryAfter > 240 && retryAfter <= 300, "Retry-After " + retryAfter);
            assertNull(basic.getHeader("WWW-Authenticate"), "no invitation to try again now");
            Response form = formLogin(USER, PASSWORD);
            assertEquals(429, form.statusCode());
            assertNull(form.getHeader("Location"));
            assertNull(form.getCookie("quarkus-credential"), "no session for a locked login");
            assertTrue(Long.parseLong(form.getHeader("Retry-After")) <= 300);
            // A forwarded-for header changes nothing: this daemon was not told to trust a proxy.
            given().header("X-Forwarded-For", "198.51.100.7").auth().preemptive().basic(USER, PASSWORD)
                    .get("/api/devices").then().statusCode(429);

            // Another user from the same address, and the same user from another address, are not locked.
            given().auth().preemptive().basic("viewer", "viewer-test-password").get("/api/devices").then()
                    .statusCode(200);
            Response viewer = formLogin("viewer", "viewer-test-password");
            assertEquals(302, viewer.statusCode());
            assertTrue(viewer.getCookie("quarkus-credential") != null);
            assertEquals(200, statusFrom("127.0.0.2", USER, PASSWORD), "the same user from 127.0.0.2");
            assertEquals(401, statusFrom("127.0.0.2", USER, "wrong"), "its own counter there");

            long locks = warnings.stream().filter(w -> w.contains("Login of user '" + USER + "'")).count();
            assertEquals(1, locks, "the lock is logged once: " + warnings);
            String line = warnings.stream().filter(w -> w.contains("'" + USER + "'")).findFirst().orElseThrow();
            assertTrue(line.contains("127.0.0.1"), line);
            assertFalse(line.contains(PASSWORD) || line.contains("wrong-"), "no password in the log: " + line);
        } finally {
            log.removeHandler(capture);
        }
    }

    private static Response formLogin(String user, String password) {
        return given().redirects().follow(false).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
    }

    /** A basic-authenticated GET sent from another loopback address, which RestAssured cannot choose. */
    private int statusFrom(String source, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), root.getPort()), 5000);
            socket.setSoTimeout(10_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/devices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
