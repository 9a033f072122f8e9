package io.driftwatch.lab;

/**
 * OneAccess (Ekinops) OneOS 6 {@code show system status}. The header names the device and its serial; the software
 * line is the full build name, whose architecture part ("ARM_pi1") the boot and recovery images share. The facts
 * carry no clock, so the current-time and start-time lines are left out.
 */
final class OneosOutput {

    private static final String CORES = """
            Core    Type     last sec  last min  last hour  last day  last 72 hours
             0     control      4.0 %    30.0 %     20.0 %    19.0 %     19.0 %
             1  forwarding      1.0 %     1.0 %      1.0 %     1.0 %      1.0 %
            """;

    private OneosOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String arch = architecture(version);
        long seconds = facts.uptimeSeconds();
        StringBuilder out = new StringBuilder(900);
        out.append("System Information for device ").append(facts.hostname());
        if (facts.serial() != null) {
            out.append(" S/N ").append(facts.serial());
        }
        out.append("\n\n");
        out.append("Software version    : ").append(version).append('\n');
        out.append("Software created on : 2021-10-08 15:30:45\n");
        out.append("Boot version        : BOOT-").append(arch, 0, arch.indexOf('_') + 1).append("hw")
                .append(arch.substring(arch.indexOf("_pi") + 3)).append("-3.1.3\n");
        out.append("Boot created on     : 2019-05-27 11:12:53\n");
        out.append("Recovery version    : OneOs-RCY-").append(arch).append("-1.3.6\n");
        out.append("Recovery created on : 2019-10-11 09:21:48\n\n");
        out.append("Start caused by     : Generic software reboot request\n");
        out.append("Sys Up time         : ").append(seconds / 86_400).append("d ").append(seconds % 86_400 / 3600)
                .append("h ").append(seconds % 3600 / 60).append("m ").append(seconds % 60).append("s\n\n");
        out.append(CORES);
        return out.toString();
    }

    /** "OneOS-pCPE-ARM_pi1-6.6.1m3" runs on ARM_pi1. */
    private static String architecture(String version) {
        int start = version.indexOf("pCPE-");
        int end = version.lastIndexOf('-');
        if (start < 0 || end < start + 5 || version.indexOf("_pi", start) < 0) {
            return "ARM_pi1";
        }
        return version.substring(start + 5, end);
    }
}
