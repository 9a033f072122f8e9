package io.driftwatch.history;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.polling.HostKeys;
import io.driftwatch.testing.FakeRouters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bastion of the bastion restart tests: one address for both application starts, a new host key in each, as
 * when someone else answers for the bastion after a restart. The two starts run in one test JVM but load test
 * classes apart, so what the second must know of the first travels in system properties.
 */
final class BastionRestart {

    private static final String PORT = "driftwatch.test.bastion-restart.port";
    private static final String FIRST_KEY = "driftwatch.test.bastion-restart.first-key";

    private BastionRestart() {
    }

    /** Starts a bastion on the address both runs use, with a fresh host key. */
    static LabRouterServer start() throws IOException {
        if (System.getProperty(PORT) == null) {
            System.setProperty(PORT, String.valueOf(portKeptFree()));
        }
        LabRouterServer server = new LabRouterServer(Clock.systemUTC(), LabRouterServer.Options.bastion());
        server.start();
        server.serve(LabRouter.of("bastion", "cisco_ios", "show version", "jump", FakeRouters.JUMP_PASSWORD,
                Duration.ZERO, Instant.now()), port());
        return server;
    }

    /**
     * A free port below the systems' ephemeral ranges (32768 up on Linux, 49152 up elsewhere): the applications and
     * routers that start between the two runs all bind port 0, so none of them can be given it. Where to start
     * looking depends on the process, so test JVMs running side by side look at different ports.
     */
    private static int portKeptFree() throws IOException {
        int first = 20_000;
        int count = 12_000;
        long offset = ProcessHandle.current().pid() % count;
        for (int i = 0; i < count; i++) {
            int port = first + (int) ((offset + i) % count);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // Someone else's; the next one.
            }
        }
        throw new IOException("no free loopback port from " + first + " to " + (first + count - 1));
    }

    static int port() {
        return Integer.parseInt(System.getProperty(PORT));
    }

    static String address() {
        return "127.0.0.1:" + port();
    }

    static String fingerprint(LabRouterServer server) {
        return HostKeys.fingerprint(HostKeys.toLine(server.routers().get(0).hostKey().getPublic()));
    }

    static void rememberFirstKey(String fingerprint) {
        System.setProperty(FIRST_KEY, fingerprint);
    }

    static String firstKey() {
        return System.getProperty(FIRST_KEY);
    }

    /** An inventory of one router behind the bastion. */
    static void useRouterBehindBastion() {
        FakeRouters
                .write("""
                        groups:
                          bastion:
                            jump-host: { host: 127.0.0.1, port: %d, credential: jump }
                        credentials:
                          lab: { username: netops, password: ${file:%s} }
                          jump: { username: jump, password: %s }
                        devices:
                          - { name: behind-bastion, host: 127.0.0.1, port: %d, platform: cisco_xr, credential: lab, group: bastion }
                        """
                        .formatted(port(), FakeRouters.PASSWORD_FILE.toAbsolutePath(), FakeRouters.JUMP_PASSWORD,
                                FakeRouters.port("behind-bastion")));
    }
}
