package io.driftwatch.alerting;

/** A silence request that cannot be honoured; the message says which field and why. */
public class SilenceException extends RuntimeException {

    /** The kinds of refusal, for callers that answer each differently. */
    public enum Why {
        /** A field is missing or wrong. */
        INVALID,
        /** No silence has that id. */
        NOT_FOUND,
        /** The silence was removed already. */
        ALREADY_REMOVED
    }

    private final Why why;

    public SilenceException(String message) {
        this(Why.INVALID, message);
    }

    public SilenceException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
