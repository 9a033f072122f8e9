package io.driftwatch.versions;

/** A device that never reported a version sorts before every version, so the first report reads as an upgrade. */
final class NullsFirst {

    private NullsFirst() {
    }

    /** Only for pairs where at least one side is null. */
    static int compare(String a, String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return 1;
    }
}
