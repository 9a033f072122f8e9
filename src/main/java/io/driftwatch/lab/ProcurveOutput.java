package io.driftwatch.lab;

/**
 * HP ProCurve / ArubaOS-Switch {@code show system}: two columns of "Key : value", the left value padded to 21
 * characters. The page names neither the model nor the boot image.
 */
final class ProcurveOutput {

    private static final int LEFT_VALUE = 21;

    private ProcurveOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        StringBuilder out = new StringBuilder(1500);
        out.append("\n Status and Counters - General System Information\n\n");
        out.append("  System Name        : ").append(facts.hostname()).append('\n');
        out.append("  System Contact     :\n");
        out.append("  System Location    :\n\n");
        out.append("  MAC Age Time (sec) : 300\n\n");
        out.append("  Time Zone          : 0\n");
        out.append("  Daylight Time Rule : None\n\n\n");
        left(out, "Software revision  : ", version).append("Base MAC Addr      : 548028-aabbd0\n");
        left(out, "ROM Version        : ", romVersion(version)).append("Serial Number      : ")
                .append(facts.serial() == null ? "" : facts.serial()).append('\n');
        out.append("  Allow V1 Modules   : No\n\n");
        left(out, "Up Time            : ", uptime(facts.uptimeSeconds())).append("Memory   - Total   : 338,285,056\n");
        left(out, "CPU Util (%)       : ", "5").append("           Free    : 216,978,364\n\n");
        left(out, "IP Mgmt  - Pkts Rx : ", "39,808,402").append("Packet   - Total   : 6750\n");
        left(out, "           Pkts Tx : ", "4,524,902").append("Buffers    Free    : 5086\n");
        out.append("                                                       Lowest  : 3416\n");
        out.append("                                                       Missed  : 0\n\n");
        return out.toString();
    }

    private static StringBuilder left(StringBuilder out, String key, String value) {
        return LabText.padRight(out.append("  ").append(key), value, LEFT_VALUE);
    }

    /** The boot ROM stays on the family's first ROM: "WC.16.10.0014" boots from WC.16.01.0008. */
    private static String romVersion(String version) {
        int dot = version.indexOf('.');
        return (dot < 0 ? version : version.substring(0, dot)) + ".16.01.0008";
    }

    /** "458 days", or hours or minutes for a switch up less than a day. */
    private static String uptime(long seconds) {
        if (seconds >= 86_400) {
            return seconds / 86_400 + " days";
        }
        if (seconds >= 3600) {
            return seconds / 3600 + " hours";
        }
        return seconds / 60 + " mins";
    }
}
