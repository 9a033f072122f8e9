package io.driftwatch.domain;

/** What kind of change a drift event records. */
public enum DriftKind {
    /** A successful poll found a different version than the previous successful one. */
    VERSION_CHANGED,
    /** The device offered a host key different from the pinned one; the session was refused. */
    HOST_KEY_CHANGED,
    /** The device entered or left non-compliance with the golden-version policy; from and to are the states. */
    NON_COMPLIANT,
    /** The uptime went down without a version change: the device restarted between two successful polls. */
    REBOOTED,
    /** The device has not answered for {@code driftwatch.drift.unreachable-after} sweeps in a row. */
    UNREACHABLE,
    /** A device reported UNREACHABLE answered again. */
    RECOVERED,
    /** A device joined the inventory, or came back to it. */
    NEW_DEVICE,
    /** A device left the inventory; its history is kept. */
    REMOVED_DEVICE
}
