package io.driftwatch.versions;

/**
 * A golden-version rule from a policy file: an exact version ({@code 22.4R3-S2}), a comparison ({@code >= 17.9.4},
 * {@code > 9.3(9)}, {@code < 23.2R1}, {@code <= 4.30.5M}) or a glob ({@code 17.9.*}, {@code ?} for one character).
 * Versions are judged by the platform's {@link VersionOrder}, so labels and flavour words do not matter, and a rule
 * without a build (Junos respin, FortiOS build) covers every build of that release.
 */
public sealed interface VersionConstraint {

    /** Whether a device of {@code platform} running {@code version} satisfies the rule; a null version never does. */
    boolean matches(String platform, String version);

    /** The rule as it would be written in a policy file. */
    String text();

    /**
     * Reads a rule.
     *
     * @throws IllegalArgumentException naming {@code text} when it is not one of the three forms
     */
    static VersionConstraint parse(String text) {
        return ConstraintParser.parse(text);
    }

    /** Exactly this release, e.g. {@code 22.4R3-S2} or {@code = 17.9.4a}. */
    record Exact(String version) implements VersionConstraint {

        @Override
        public boolean matches(String platform, String version) {
            return version != null && VersionOrders.forPlatform(platform).sameRelease(this.version, version);
        }

        @Override
        public String text() {
            return version;
        }
    }

    /** A release before or after {@code version}, e.g. {@code >= 17.9.4}. */
    record Comparison(Operator operator, String version) implements VersionConstraint {

        @Override
        public boolean matches(String platform, String version) {
            if (version == null) {
                return false;
            }
            VersionOrder order = VersionOrders.forPlatform(platform);
            // sameRelease, not compare == 0, so "<= 21.4R3-S3" admits the device's "21.4R3-S3.4".
            boolean same = order.sameRelease(this.version, version);
            int sign = Integer.signum(order.compare(version, this.version));
            return switch (operator) {
                case GREATER -> sign > 0 && !same;
                case GREATER_OR_EQUAL -> sign >= 0 || same;
                case LESS -> sign < 0 && !same;
                case LESS_OR_EQUAL -> sign <= 0 || same;
            };
        }

        @Override
        public String text() {
            return operator.symbol() + " " + version;
        }
    }

    /**
     * A pattern over the version text, {@code *} for any run of characters and {@code ?} for one, case-insensitive.
     * It is tried on the version as reported and on its {@link VersionOrder#release release} part, so
     * {@code 10.4(*)} matches {@code 10.4(5) [Maintenance Release]} and {@code 7.4.*} matches a FortiGate's
     * {@code FortiGate-60F v7.4.8,build2795,250523 (GA.M)}.
     */
    record Glob(String pattern) implements VersionConstraint {

        @Override
        public boolean matches(String platform, String version) {
            if (version == null) {
                return false;
            }
            io.driftwatch.text.Glob glob = io.driftwatch.text.Glob.of(pattern);
            String release = VersionOrders.forPlatform(platform).release(version);
            return glob.matches(version.strip()) || (release != null && glob.matches(release));
        }

        @Override
        public String text() {
            return pattern;
        }
    }

    /** The comparison operators a rule may start with. */
    enum Operator {
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
