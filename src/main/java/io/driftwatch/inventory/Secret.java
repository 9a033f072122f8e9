package io.driftwatch.inventory;

/** A resolved secret that never prints itself: logs, JSON and exceptions see only the mask. */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = value;
    }

    /** The secret itself; call only where it is handed to the SSH client. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "******";
    }
}
