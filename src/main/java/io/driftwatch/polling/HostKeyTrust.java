package io.driftwatch.polling;

import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** An operator's decision to trust the key a device offered after its pinned key stopped matching. */
@ApplicationScoped
public class HostKeyTrust {

    private final DeviceRepository devices;
    private final SshConfig config;
    private final Clock clock;

    public HostKeyTrust(DeviceRepository devices, SshConfig config, Clock clock) {
        this.devices = devices;
        this.config = config;
        this.clock = clock;
    }

    /** Why a trust request could not be carried out. */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Pins the key offered at the last refused attempt.
     *
     * @return the device after the change
     * @throws Refused when there is no such device, no refused key, or keys come from known_hosts
     */
    @Transactional
    public Device trustOffered(String deviceName, String user) throws Refused {
        if (config.hostKeyMode() == SshConfig.HostKeyMode.STRICT) {
            throw new Refused("host keys come from the known_hosts file in strict mode; add the new key there");
        }
        Device device = devices.findByName(deviceName).orElseThrow(() -> new Refused("no device " + deviceName));
        if (device.offeredHostKey == null) {
            throw new Refused("device " + deviceName + " has offered no different host key to trust");
        }
        String previous = HostKeys.fingerprint(device.hostKey);
        device.hostKey = device.offeredHostKey;
        device.hostKeyPinnedAt = clock.instant();
        device.hostKeyPinnedBy = user;
        device.offeredHostKey = null;
        device.offeredHostKeyAt = null;
        Log.infof("%s trusted host key %s of %s (was %s)", user, HostKeys.fingerprint(device.hostKey), deviceName,
                previous);
        return device;
    }
}
