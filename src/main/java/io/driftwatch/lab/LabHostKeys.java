package io.driftwatch.lab;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which host keys the lab fleet's routers present: one type for every router, or the three types in turn. */
public enum LabHostKeys {
    ED25519,
    ECDSA,
    RSA,
    /** Ed25519, ECDSA and RSA over the routers by index, so one fleet offers the daemon all three. */
    MIX;

    /** The type router {@code index} of the fleet presents. */
    LabRouter.HostKeyType typeOf(int index) {
        return switch (this) {
            case ED25519 -> LabRouter.HostKeyType.ED25519;
            case ECDSA -> LabRouter.HostKeyType.ECDSA;
            case RSA -> LabRouter.HostKeyType.RSA;
            case MIX -> LabRouter.HostKeyType.values()[index % LabRouter.HostKeyType.values().length];
        };
    }

    /** The value as the setting spells it: {@code ed25519}, {@code ecdsa}, {@code rsa} or {@code mix}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code text} as given to {@code setting}, naming the setting and the accepted values when it is neither. */
    public static LabHostKeys parse(String text, String setting) {
        for (LabHostKeys keys : values()) {
            if (keys.spelling().equals(text == null ? null : text.trim().toLowerCase(Locale.ROOT))) {
                return keys;
            }
        }
        throw new IllegalArgumentException(setting + " must be one of "
                + Arrays.stream(values()).map(LabHostKeys::spelling).collect(Collectors.joining(", ")) + ", not '"
                + text + "'");
    }
}
