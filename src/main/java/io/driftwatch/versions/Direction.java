package io.driftwatch.versions;

/** Which way a version change went, under the platform's version order. */
public enum Direction {
    /** The new version sorts after the old one. */
    UPGRADE,
    /** The new version sorts before the old one. */
    DOWNGRADE,
    /** Both strings name the same release (labels and flavour words aside). */
    SAME
}
