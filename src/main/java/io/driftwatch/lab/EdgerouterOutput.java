package io.driftwatch.lab;

/**
 * EdgeOS {@code show version}: labels padded to one column, the uptime line being the Linux {@code uptime}
 * command's output. The host name is only in the prompt.
 */
final class EdgerouterOutput {

    private EdgerouterOutput() {
    }

    static String render(LabFacts facts) {
        StringBuilder out = new StringBuilder(400)
                .append("Version:      ").append(facts.version()).append('\n')
                .append("Build ID:     ").append(buildId(facts.version())).append('\n')
                .append("Build on:     07/08/19 06:11\n")
                .append("Copyright:    2012-2019 Ubiquiti Networks, Inc.\n")
                .append("HW model:     ").append(facts.model()).append('\n')
                .append("HW S/N:       ").append(facts.serial() == null ? "" : facts.serial()).append('\n')
                .append("Uptime:       16:17:57 up ");
        appendUptime(out, facts.uptimeSeconds());
        return out.append(",  1 user,  load average: 0.09, 0.06, 0.01\n").toString();
    }

    /** A stable seven-digit build id per release, as each EdgeOS release has its own. */
    private static String buildId(String version) {
        return Integer.toString(5_000_000 + Math.floorMod(version.hashCode(), 1_000_000));
    }

    /** Linux uptime: "11 days,  6:15", "1 day, 0 min", "3:07", "42 min". */
    private static void appendUptime(StringBuilder out, long seconds) {
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            out.append(days).append(days == 1 ? " day, " : " days, ");
        }
        if (hours > 0) {
            if (hours < 10) {
                out.append(' ');
            }
            out.append(hours).append(':');
            if (minutes < 10) {
                out.append('0');
            }
            out.append(minutes);
        } else {
            out.append(minutes).append(" min");
        }
    }
}
