package io.driftwatch.lab;

/**
 * AireOS WLC {@code show sysinfo}: dotted labels padded to column 50. The product name reads "Cisco Controller" on
 * every model and no serial is shown; the model only shows in how many access points it supports.
 */
final class WlcOutput {

    private static final String DOTS = ".".repeat(64);
    private static final int LABEL_WIDTH = 49;

    // Everything but the facts is fixed, so it is padded once rather than on every render.
    private static final String MAKER = block(
            "Manufacturer's Name", "Cisco Systems Inc.",
            "Product Name", "Cisco Controller");
    private static final String BUILD = block(
            "Bootloader Version", "8.5.103.0",
            "Emergency Image Version", "8.5.103.0") + "\n\n"
            + block(
                    "OUI File Last Update Time", "Sun Sep 07 10:44:07 IST 2014",
                    "Build Type", "DATA + WPS")
            + "\n";
    private static final String SYSTEM = block(
            "System Location", "",
            "System Contact", "",
            "System ObjectID", "1.3.6.1.4.1.9.1.2427",
            "Redundancy Mode", "Disabled",
            "IP Address", "192.0.2.5",
            "IPv6 Address", "::",
            "Last Reset", "Software reset");
    private static final String STATUS = block(
            "System Timezone Location", "(GMT) London, Lisbon, Dublin, Edinburgh",
            "System Stats Realtime Interval", "5",
            "System Stats Normal Interval", "180") + "\n"
            + block(
                    "Configured Country", "US  - United States",
                    "Operating Environment", "Commercial (10 to 35 C)",
                    "Internal Temp Alarm Limits", "0 to 65 C",
                    "Internal Temperature", "+28 C",
                    "Fan Status", "OK")
            + "\n" + block(
                    "RAID Volume Status", "",
                    "Drive 0", "Good",
                    "Drive 1", "Good")
            + "\n" + block(
                    "State of 802.11b Network", "Enabled",
                    "State of 802.11a Network", "Enabled",
                    "Number of WLANs", "6",
                    "Number of Active Clients", "214")
            + "\n" + block(
                    "OUI Classification Failure Count", "0")
            + "\n" + block(
                    "Memory Current Usage", "24",
                    "Memory Average Usage", "24",
                    "CPU Current Usage", "1",
                    "CPU Average Usage", "1")
            + "\n" + block(
                    "Flash Type", "Compact Flash Card",
                    "Flash Size", "1073741824")
            + "\n" + block(
                    "Burned-in MAC Address", "00:A2:89:4E:1B:20");
    private static final String LICENSING = block(
            "System Nas-Id", "",
            "WLC MIC Certificate Types", "SHA1/SHA2",
            "Licensing Type", "RTU");

    private WlcOutput() {
    }

    static String render(LabFacts facts) {
        StringBuilder out = new StringBuilder(2800).append('\n').append(MAKER);
        line(out, "Product Version", facts.version());
        line(out, "RTOS Version", facts.version());
        out.append(BUILD);
        line(out, "System Name", facts.hostname());
        out.append(SYSTEM);
        line(out, "System Up Time", uptime(facts.uptimeSeconds()));
        out.append(STATUS);
        line(out, "Maximum number of APs supported", maximumAps(facts.model()));
        return out.append(LICENSING).toString();
    }

    private static String maximumAps(String model) {
        return switch (model) {
            case "AIR-CT2504-K9" -> "75";
            case "AIR-CT3504-K9" -> "150";
            case "AIR-CT5508-K9" -> "500";
            case "AIR-CT5520-K9" -> "1500";
            default -> "6000";
        };
    }

    /** "109 days 16 hrs 33 mins 12 secs": every unit, always plural. */
    private static String uptime(long seconds) {
        return new StringBuilder(40)
                .append(seconds / 86_400).append(" days ")
                .append(seconds % 86_400 / 3600).append(" hrs ")
                .append(seconds % 3600 / 60).append(" mins ")
                .append(seconds % 60).append(" secs")
                .toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(DOTS, 0, Math.max(0, LABEL_WIDTH - label.length()));
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        out.append('\n');
    }

    private static String block(String... labelsAndValues) {
        StringBuilder out = new StringBuilder(64 * labelsAndValues.length);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            line(out, labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return out.toString();
    }
}
