package io.driftwatch.lab;

/**
 * Gaia {@code show version all}: the release and the OS build under it. The appliance model, host and serial are
 * in {@code show asset all}, not here. The kernel moved from 2.6.18 to 3.10 with R80.40 and to 4.18 with R82.
 */
final class GaiaOutput {

    private GaiaOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        // Release names sort as text within R77..R82, which is all the lab plays.
        String kernel = version.compareTo("R82") >= 0 ? "4.18.0-372.9.1cpx86_64"
                : version.compareTo("R80.40") >= 0 ? "3.10.0-957.21.3cpx86_64" : "2.6.18-92cpx86_64";
        return new StringBuilder(160)
                .append("Product version Check Point Gaia ").append(version).append('\n')
                .append("OS build ").append(osBuild(version)).append('\n')
                .append("OS kernel version ").append(kernel).append('\n')
                .append("OS edition 64-bit\n")
                .toString();
    }

    private static String osBuild(String version) {
        return switch (version) {
            case "R77.30" -> "204";
            case "R80.10" -> "421";
            case "R80.20" -> "101";
            case "R80.30" -> "200";
            case "R80.40" -> "294";
            case "R81" -> "392";
            case "R81.10" -> "335";
            case "R81.20" -> "631";
            default -> "778";
        };
    }
}
