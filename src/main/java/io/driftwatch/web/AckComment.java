package io.driftwatch.web;

import io.driftwatch.history.DriftAcknowledgements;
import java.util.Optional;

/** The comment an operator gives when acknowledging a drift event: required, so the feed says why. */
final class AckComment {

    private AckComment() {
    }

    /** What is wrong with the comment, or empty when it can be stored (after stripping). */
    static Optional<String> problem(String comment) {
        if (comment == null || comment.isBlank()) {
            return Optional.of("comment is required: say why the change is expected or what was done");
        }
        if (comment.strip().length() > DriftAcknowledgements.MAX_COMMENT) {
            return Optional.of("comment is " + comment.strip().length() + " characters; at most "
                    + DriftAcknowledgements.MAX_COMMENT + " are kept");
        }
        return Optional.empty();
    }

    /** The sentence both the page and the API give when an event was acknowledged before. */
    static String alreadyAcknowledged(DriftJson event) {
        return "drift event " + event.id() + " was already acknowledged by " + event.acknowledgedBy() + " at "
                + Formats.time(event.acknowledgedAt()) + "; the first acknowledgement is kept";
    }
}
