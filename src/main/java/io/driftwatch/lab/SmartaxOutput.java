package io.driftwatch.lab;

/**
 * SmartAX OLT {@code display version}: release, patch and product, then both main boards' program and data
 * areas, and the uptime in NX-OS style "day(s)" units.
 */
final class SmartaxOutput {

    private static final String AREA_RULE = "  --------------------------------------------------\n";

    private SmartaxOutput() {
    }

    static String render(LabFacts facts) {
        StringBuilder out = new StringBuilder(1400)
                .append("\n  VERSION : ").append(facts.version()).append('\n')
                .append("  PATCH   : SPH206\n")
                .append("  PRODUCT : ").append(facts.model()).append("\n \n");
        appendBoard(out, "Active", facts.version());
        appendBoard(out, "Standby", facts.version());
        out.append("  Uptime is ").append(UptimeText.nxos(facts.uptimeSeconds())).append('\n');
        return out.toString();
    }

    private static void appendBoard(StringBuilder out, String role, String version) {
        out.append("  ").append(role).append(" Mainboard Running Area Information: \n").append(AREA_RULE)
                .append("  Current Program Area : Area A \n")
                .append("  Current Data Area : Area A\n \n")
                .append("  Program Area A Version : ").append(version).append(" \n")
                .append("  Program Area B Version : ").append(version).append("\n \n")
                .append("  Data Area A Version : ").append(version).append(" \n")
                .append("  Data Area B Version : ").append(version).append(" \n")
                .append(AREA_RULE).append(" \n");
    }
}
