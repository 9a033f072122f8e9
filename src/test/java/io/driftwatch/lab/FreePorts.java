package io.driftwatch.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for lab fleets started by tests. */
final class FreePorts {

    private FreePorts() {
    }

    /** A run of free loopback ports, as the fleet binds base-port + i. */
    static int range(int size) throws Exception {
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
