package io.driftwatch.domain;

/** How one poll of one device ended. Every attempt ends in exactly one of these. */
public enum PollStatus {
    OK,
    AUTH_FAILED,
    UNREACHABLE,
    TIMEOUT,
    HOST_KEY_CHANGED,
    PARSE_FAILED,
    ERROR;

    /** Whether trying again within the same sweep can help; never for credentials or keys (lockouts, MITM). */
    public boolean retryable() {
        return this == UNREACHABLE || this == TIMEOUT || this == ERROR;
    }
}
