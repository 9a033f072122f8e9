package io.driftwatch.lab;

/**
 * Avaya (now Extreme) Ethernet Routing Switch {@code show sys-info}: "label:" padded to 23, the model on the
 * sysDescr line with hardware and firmware details on continuation lines, and the running release as the "SW:" part
 * of "Operational Software". The facts carry no clock, so sysNtpTime is left out.
 */
final class ErsOutput {

    private ErsOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String firmware = "FW:" + bootFirmware(version) + "   SW:" + version + '\n';
        long seconds = facts.uptimeSeconds();
        StringBuilder out = new StringBuilder(1200)
                .append("Operation Mode:        Switch\n")
                .append("MAC Address:           70-30-18-4C-5A-00\n")
                .append("PoE Module FW:         4.1.0.4\n")
                .append("Reset Count:           12\n")
                .append("Last Reset Type:       Software Download\n")
                .append("Autotopology:          Enabled\n")
                .append("sysDescr:              ").append(facts.model()).append('\n')
                .append("                       HW:03       ").append(firmware)
                .append("                       Mfg Date:20150406    HW Dev:none\n")
                .append("Serial #:              ").append(facts.serial() == null ? "" : facts.serial()).append('\n')
                .append("Operational Software:  ").append(firmware)
                .append("Installed software:    ").append(firmware)
                .append("Operational license:   Base software\n")
                .append("Installed license:     Base software\n")
                .append("sysObjectID:           1.3.6.1.4.1.45.3.80.8\n")
                .append("sysUpTime:             ").append(seconds / 86_400).append(" days, ");
        LabText.twoDigits(out, seconds % 86_400 / 3600).append(':');
        LabText.twoDigits(out, seconds % 3600 / 60).append(':');
        LabText.twoDigits(out, seconds % 60).append('\n');
        return out.append("sysServices:           6\n")
                .append("sysContact:            \n")
                .append("sysName:               ").append(facts.hostname()).append('\n')
                .append("sysLocation:           \n")
                .toString();
    }

    /** The boot firmware follows the release's major and minor numbers: "v5.9.0.012" ships with FW 5.9.0.6. */
    private static String bootFirmware(String version) {
        int start = version.startsWith("v") ? 1 : 0;
        int second = version.indexOf('.', version.indexOf('.') + 1);
        return (second < 0 ? version.substring(start) : version.substring(start, second)) + ".0.6";
    }
}
