package io.driftwatch.lab;

/**
 * FortiOS {@code get system status}. The "Version:" value joins the model and the firmware
 * ("FortiGate-60F v7.4.8,build2795,250523 (GA.M)"); the lab's version is the firmware part and the model is put in
 * front of it here, as the unit does.
 */
final class FortigateOutput {

    private FortigateOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        boolean virtual = facts.model().startsWith("FortiGate-VM");
        StringBuilder out = new StringBuilder(1400);
        out.append("Version: ").append(facts.model()).append(' ').append(version).append('\n')
                .append("First GA patch build date: 230509\n")
                .append("Security Level: 1\n")
                .append("Firmware Signature: certified\n")
                .append("Virus-DB: 92.08924(2024-11-26 16:20)\n")
                .append("Extended DB: 92.08924(2024-11-26 16:20)\n")
                .append("AV AI/ML Model: 3.01722(2024-11-26 19:45)\n")
                .append("IPS-DB: 29.00912(2024-11-20 01:21)\n")
                .append("IPS-ETDB: 0.00000(2001-01-01 00:00)\n")
                .append("APP-DB: 29.00913(2024-11-25 00:56)\n")
                .append("FMWP-DB: 24.00095(2024-11-15 13:20)\n")
                .append("IPS Malicious URL Database: 5.00111(2024-11-21 01:46)\n")
                .append("IoT-Detect: 29.00913(2024-11-25 16:28)\n")
                .append("OT-Detect-DB: 29.00912(2024-11-21 15:16)\n")
                .append("OT-Patch-DB: 29.00912(2024-11-21 13:21)\n")
                .append("OT-Threat-DB: 6.00741(2015-12-01 02:30)\n")
                .append("IPS-Engine: 7.00561(2024-07-03 18:00)\n")
                .append("Serial-Number: ").append(facts.serial() == null ? "" : facts.serial()).append('\n');
        if (virtual) {
            out.append("License Status: Valid\n")
                    .append("VM Resources: 2 CPU/2 allowed, 2007 MB RAM\n");
        } else {
            out.append("BIOS version: 05000009\n")
                    .append("System Part-Number: P24286-07\n");
        }
        out.append("Log hard disk: Not available\n")
                .append("Hostname: ").append(facts.hostname()).append('\n')
                .append("Private Encryption: Disable\n")
                .append("Operation Mode: NAT\n")
                .append("Current virtual domain: root\n")
                .append("Max number of virtual domains: 10\n")
                .append("Virtual domains status: 1 in NAT mode, 0 in TP mode\n")
                .append("Virtual domain configuration: disable\n")
                .append("FIPS-CC mode: disable\n")
                .append("Current HA mode: standalone\n")
                .append("Branch point: ").append(buildNumber(version)).append('\n')
                .append("Release Version Information: GA\n")
                .append("FortiOS x86-64: Yes\n")
                .append("System time: Tue Dec  3 08:51:00 2024\n")
                .append("Last reboot reason: warm reboot\n");
        return out.toString();
    }

    /** "v7.4.8,build2795,250523 (GA.M)" is branch point 2795. */
    private static String buildNumber(String version) {
        int start = version.indexOf(",build");
        if (start < 0) {
            return "";
        }
        start += ",build".length();
        int end = version.indexOf(',', start);
        return version.substring(start, end < 0 ? version.length() : end);
    }
}
