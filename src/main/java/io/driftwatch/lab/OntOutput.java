package io.driftwatch.lab;

/**
 * Huawei ONT {@code display version}: "key = value" lines ending with the CLI's "success!". The terminal shows
 * neither model nor serial here.
 */
final class OntOutput {

    private OntOutput() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(200)
                .append("hardware version          = ").append(hardwareVersion(facts.model())).append('\n')
                .append("main software version     = ").append(facts.version()).append('\n')
                .append("standby software version  = ").append(facts.version()).append('\n')
                .append("uboot version             = 2010.03\n\n")
                .append("success!\n")
                .toString();
    }

    private static String hardwareVersion(String model) {
        return switch (model) {
            case "EG8145V5" -> "15AD.A";
            case "HG8245Q2" -> "4A0.A";
            case "HG8546M" -> "10C7.A";
            default -> "6A5.A";
        };
    }
}
