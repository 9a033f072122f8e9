package io.driftwatch.polling;

import io.driftwatch.history.Bastion;
import io.driftwatch.history.BastionRepository;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.PinnedHost;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An operator's decision to trust the key a device or a bastion offered after its pinned key stopped matching. The
 * operator names the key by the fingerprint they looked at, and only that key is pinned: a key swapped in between
 * the look and the click is refused, not trusted.
 */
@ApplicationScoped
public class HostKeyTrust {

    private final DeviceRepository devices;
    private final BastionRepository bastions;
    private final SshConfig config;
    private final Clock clock;

    public HostKeyTrust(DeviceRepository devices, BastionRepository bastions, SshConfig config, Clock clock) {
        this.devices = devices;
        this.bastions = bastions;
        this.config = config;
        this.clock = clock;
    }

    /** Why a trust request could not be carried out; callers map {@link #why()} to their answer. */
    public static class Refused extends Exception {

        /** The kinds of refusal. */
        public enum Why {
            /** No device or bastion of that name. */
            NOT_FOUND,
            /** The request named no fingerprint. */
            NO_FINGERPRINT,
            /** Nothing different is on offer, or keys come from known_hosts. */
            NOTHING_TO_TRUST,
            /** The key on offer now is not the one the operator looked at. */
            FINGERPRINT_MISMATCH
        }

        private final Why why;

        public Refused(Why why, String message) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    /**
     * Pins the key the device offered at its last refused attempt, if it is the one with this fingerprint.
     *
     * @param fingerprint the SHA-256 fingerprint the operator was shown, {@code SHA256:...}
     * @return the device after the change
     * @throws Refused when there is no such device, no fingerprint, no refused key, a different refused key, or keys
     *                 come from known_hosts
     */
    @Transactional
    public Device trustOffered(String deviceName, String fingerprint, String user) throws Refused {
        String wanted = required(fingerprint);
        strictModeRefuses();
        Device device = devices.findByName(deviceName)
                .orElseThrow(() -> new Refused(Refused.Why.NOT_FOUND, "no device " + deviceName));
        trust(device, "device " + deviceName, wanted, user);
        return device;
    }

    /**
     * Pins the key a bastion offered at its last refused attempt, if it is the one with this fingerprint.
     *
     * @param address the bastion's {@code host:port}
     * @return the bastion after the change
     * @throws Refused as {@link #trustOffered}
     */
    @Transactional
    public Bastion trustBastion(String address, String fingerprint, String user) throws Refused {
        String wanted = required(fingerprint);
        strictModeRefuses();
        Bastion bastion = bastions.findByAddress(address)
                .orElseThrow(() -> new Refused(Refused.Why.NOT_FOUND, "no jump host " + address));
        trust(bastion, "jump host " + address, wanted, user);
        return bastion;
    }

    /** Pins the host's offered key if it is the one the operator looked at. */
    private void trust(PinnedHost host, String what, String wanted, String user) throws Refused {
        matches(what, host.offeredHostKey, wanted);
        String previous = HostKeys.fingerprint(host.hostKey);
        host.trustOffered(clock.instant(), user);
        Log.infof("%s trusted host key %s of %s (was %s)", user, wanted, what, previous);
    }

    private static String required(String fingerprint) throws Refused {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new Refused(Refused.Why.NO_FINGERPRINT, "say which key to trust: the fingerprint of the offered"
                    + " key as shown, {\"fingerprint\": \"SHA256:...\"}");
        }
        return fingerprint.strip();
    }

    private void strictModeRefuses() throws Refused {
        if (config.hostKeyMode() == SshConfig.HostKeyMode.STRICT) {
            throw new Refused(Refused.Why.NOTHING_TO_TRUST,
                    "host keys come from the known_hosts file in strict mode; add the new key there");
        }
    }

    private static void matches(String what, String offered, String wanted) throws Refused {
        if (offered == null) {
            throw new Refused(Refused.Why.NOTHING_TO_TRUST, what + " has offered no different host key to trust");
        }
        String onOffer = HostKeys.fingerprint(offered);
        if (!onOffer.equals(wanted)) {
            throw new Refused(Refused.Why.FINGERPRINT_MISMATCH, what + " offers host key " + onOffer + " now, not "
                    + wanted + "; nothing was pinned. Check the key on offer now before trusting it");
        }
    }
}
