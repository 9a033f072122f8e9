package io.driftwatch.drift;

/** What kind of change a drift event records. */
public enum DriftKind {
    /** A successful poll found a different version than the previous successful one. */
    VERSION_CHANGED,
    /** The device offered a host key different from the pinned one; the session was refused. */
    HOST_KEY_CHANGED
}
