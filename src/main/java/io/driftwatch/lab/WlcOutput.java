package io.driftwatch.lab;

/**
 * AireOS WLC {@code show sysinfo}: dotted labels padded to column 50. The product name reads "Cisco Controller" on
 * every model and no serial is shown; the model only shows in how many access points it supports.
 */
final class WlcOutput {

    private static final int LABEL_WIDTH = 49;

    private WlcOutput() {
    }

    static String render(LabFacts facts) {
        StringBuilder out = new StringBuilder(2400).append('\n');
        line(out, "Manufacturer's Name", "Cisco Systems Inc.");
        line(out, "Product Name", "Cisco Controller");
        line(out, "Product Version", facts.version());
        line(out, "RTOS Version", facts.version());
        line(out, "Bootloader Version", "8.5.103.0");
        line(out, "Emergency Image Version", "8.5.103.0");
        out.append("\n\n");
        line(out, "OUI File Last Update Time", "Sun Sep 07 10:44:07 IST 2014");
        line(out, "Build Type", "DATA + WPS");
        out.append('\n');
        line(out, "System Name", facts.hostname());
        line(out, "System Location", "");
        line(out, "System Contact", "");
        line(out, "System ObjectID", "1.3.6.1.4.1.9.1.2427");
        line(out, "Redundancy Mode", "Disabled");
        line(out, "IP Address", "192.0.2.5");
        line(out, "IPv6 Address", "::");
        line(out, "Last Reset", "Software reset");
        line(out, "System Up Time", uptime(facts.uptimeSeconds()));
        line(out, "System Timezone Location", "(GMT) London, Lisbon, Dublin, Edinburgh");
        line(out, "System Stats Realtime Interval", "5");
        line(out, "System Stats Normal Interval", "180");
        out.append('\n');
        line(out, "Configured Country", "US  - United States");
        line(out, "Operating Environment", "Commercial (10 to 35 C)");
        line(out, "Internal Temp Alarm Limits", "0 to 65 C");
        line(out, "Internal Temperature", "+28 C");
        line(out, "Fan Status", "OK");
        out.append('\n');
        line(out, "RAID Volume Status", "");
        line(out, "Drive 0", "Good");
        line(out, "Drive 1", "Good");
        out.append('\n');
        line(out, "State of 802.11b Network", "Enabled");
        line(out, "State of 802.11a Network", "Enabled");
        line(out, "Number of WLANs", "6");
        line(out, "Number of Active Clients", "214");
        out.append('\n');
        line(out, "OUI Classification Failure Count", "0");
        out.append('\n');
        line(out, "Memory Current Usage", "24");
        line(out, "Memory Average Usage", "24");
        line(out, "CPU Current Usage", "1");
        line(out, "CPU Average Usage", "1");
        out.append('\n');
        line(out, "Flash Type", "Compact Flash Card");
        line(out, "Flash Size", "1073741824");
        out.append('\n');
        line(out, "Burned-in MAC Address", "00:A2:89:4E:1B:20");
        line(out, "Maximum number of APs supported", maximumAps(facts.model()));
        line(out, "System Nas-Id", "");
        line(out, "WLC MIC Certificate Types", "SHA1/SHA2");
        line(out, "Licensing Type", "RTU");
        return out.toString();
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
        out.append(label);
        for (int i = label.length(); i < LABEL_WIDTH; i++) {
            out.append('.');
        }
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        out.append('\n');
    }
}
