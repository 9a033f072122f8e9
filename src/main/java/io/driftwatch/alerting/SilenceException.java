package io.driftwatch.alerting;

/** A silence request that cannot be honoured; the message says which field and why. */
public class SilenceException extends RuntimeException {

    public SilenceException(String message) {
        super(message);
    }
}
