package io.driftwatch.lab;

/**
 * Allied Telesis AlliedWare Plus {@code show system}: a board table for the (single) stack member, whose "Base" row
 * names model and serial, then the release file, the bare software version and the system name on the line under
 * its heading. The facts carry no clock, so the heading's date is left out.
 */
final class AwplusOutput {

    private static final String RULE = "-".repeat(80) + "\n";

    private AwplusOutput() {
    }

    static String render(LabFacts facts) {
        String release = facts.version();
        long seconds = facts.uptimeSeconds();
        StringBuilder out = new StringBuilder(1500);
        out.append("System Status\n\n");
        out.append("Stack member 1\n\n");
        out.append("Board      ID   Bay     Board Name                        Rev   Serial number\n");
        out.append(RULE);
        out.append("Base       569  Base    ");
        LabText.padRight(out, facts.model(), 34);
        out.append("B-1   ").append(facts.serial() == null ? "-" : facts.serial()).append('\n');
        out.append(RULE);
        out.append("RAM: Total: 1028804 kB Free: 784396 kB\n");
        out.append("Flash: 208.2MB Used: 59.8MB Available: 148.4MB\n");
        out.append(RULE);
        out.append("Environment Status : Normal\n");
        out.append("Uptime             : ").append(seconds / 86_400).append(" days ");
        LabText.twoDigits(out, seconds % 86_400 / 3600).append(':');
        LabText.twoDigits(out, seconds % 3600 / 60).append(':');
        LabText.twoDigits(out, seconds % 60).append('\n');
        out.append("Bootloader version : 7.0.15\n\n\n");
        out.append("Current software   : ").append(release).append('\n');
        out.append("Software version   : ").append(softwareVersion(release)).append('\n');
        out.append("Build date         : Thu Apr 6 07:28:39 UTC 2023\n\n");
        out.append("Current boot config: flash:/default.cfg (file exists)\n\n");
        out.append("System Name\n ").append(facts.hostname()).append('\n');
        out.append("System Contact\n\n");
        out.append("System Location\n\n");
        return out.toString();
    }

    /** "x530-5.5.3-0.1.rel" is software version 5.5.3-0.1. */
    private static String softwareVersion(String release) {
        int dash = release.indexOf('-');
        int end = release.endsWith(".rel") ? release.length() - 4 : release.length();
        return dash < 0 || dash >= end ? release : release.substring(dash + 1, end);
    }
}
