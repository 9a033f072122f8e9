package io.driftwatch.lab;

import java.security.KeyPair;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Host keys for the routers of one fleet, handed out as the fleet starts (one thread). Ed25519 and ECDSA P-256 keys take well under a millisecond to make, so
 * each router gets its own, as in a real fleet. An RSA-2048 key takes 50 to 100 ms, so 10,000 of them would hold the
 * fleet's start for minutes: RSA routers share a pool of {@value #RSA_KEYS} distinct keys, made in parallel. Sharing
 * changes nothing the benchmark measures: the daemon pins a key per device, and a handshake signs with a 2048-bit key
 * whichever of the pool it is.
 */
final class LabHostKeyPool {

    static final int RSA_KEYS = 64;

    private final List<KeyPair> rsa;
    private int handedOut;

    private LabHostKeyPool(List<KeyPair> rsa) {
        this.rsa = rsa;
    }

    /** Makes the RSA keys the fleet's routers will need, no more than {@value #RSA_KEYS}. */
    static LabHostKeyPool of(LabHostKeys keys, int devices) {
        long rsaRouters = IntStream.range(0, devices).filter(i -> keys.typeOf(i) == LabRouter.HostKeyType.RSA)
                .count();
        return new LabHostKeyPool(IntStream.range(0, (int) Math.min(RSA_KEYS, rsaRouters)).parallel()
                .mapToObj(k -> LabRouter.newHostKey(LabRouter.HostKeyType.RSA)).toList());
    }

    /** A host key of {@code type} for the next router; RSA keys are handed out from the pool in turn. */
    KeyPair key(LabRouter.HostKeyType type) {
        return type == LabRouter.HostKeyType.RSA ? rsa.get(handedOut++ % rsa.size()) : LabRouter.newHostKey(type);
    }
}
