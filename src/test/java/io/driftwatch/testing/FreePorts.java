package io.driftwatch.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for a lab fleet, which binds base-port + i for each of its routers. They are taken below
 * 32768, where Linux starts picking the local ports of outgoing connections: a range found free in the ephemeral
 * range could be taken by a client's connection before the fleet binds it (LabSweepIT's fleet starts some 20 s later,
 * after the training JVM's start, and once failed so).
 */
public final class FreePorts {

    private static final int LOWEST = 20000;
    private static final int BELOW_EPHEMERAL = 32768;

    private FreePorts() {
    }

    /** The first of {@code size} consecutive loopback ports that are free now. */
    public static int range(int size) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL - size);
            if (allFree(base, size)) {
                return base;
            }
        }
        throw new IllegalStateException("no run of " + size + " free ports between " + LOWEST + " and "
                + BELOW_EPHEMERAL);
    }

    private static boolean allFree(int base, int size) {
        for (int port = base; port < base + size; port++) {
            try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                // bound, so free until closed
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
