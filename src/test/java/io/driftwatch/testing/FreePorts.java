package io.driftwatch.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for a lab fleet, which binds base-port + i for each of its routers. */
public final class FreePorts {

    private FreePorts() {
    }

    /** The first of {@code size} consecutive loopback ports that are free now. */
    public static int range(int size) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int base;
            try (ServerSocket probe = new ServerSocket(0)) {
                base = probe.getLocalPort();
            }
            if (base + size >= 65535) {
                continue;
            }
            boolean free = true;
            for (int port = base; port < base + size && free; port++) {
                try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    free = taken.isBound();
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no run of " + size + " free ports");
    }
}
