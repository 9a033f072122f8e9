package io.driftwatch.lab;

/**
 * FXOS {@code show system firmware} on a Firepower 4100/9300 chassis: the platform bundle running and the one the
 * chassis boots next. Neither host, model nor serial appears; those live in {@code show chassis inventory}.
 */
final class FxosOutput {

    private FxosOutput() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(64)
                .append("    Version: ").append(facts.version()).append('\n')
                .append("    Startup-Vers: ").append(facts.version()).append('\n')
                .toString();
    }
}
