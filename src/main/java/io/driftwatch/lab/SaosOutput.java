package io.driftwatch.lab;

/**
 * Ciena SAOS 6 {@code software show}: a box of "label : value" rows. SAOS installs an upgrade into the standby flash
 * bank and reboots into it, so the running bank is the image and the standby bank still holds the release before.
 * The command shows neither hostname, model nor serial.
 */
final class SaosOutput {

    private static final int BOX_WIDTH = 80;
    private static final String RULE = "+" + "-".repeat(BOX_WIDTH - 2) + "+\n";

    private SaosOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String running = facts.image() == null ? "A" : facts.image();
        String standby = "A".equals(running) ? "B" : "A";
        String validated = validated(facts.uptimeSeconds());
        StringBuilder out = new StringBuilder(2200);
        out.append(RULE);
        row(out, "Installed Package", version);
        row(out, "Running Package", version);
        row(out, "Application Build", build(version));
        row(out, "Package Build Info", "Thu Feb 21 04:19:00 2019 autouser onxvpnjk02");
        row(out, "Running Kernel", "3.10.54-grsec");
        row(out, "Running MIB Version", mibVersion(version));
        row(out, "Release Status", "GA");
        out.append(RULE);
        row(out, "Running bank", running);
        row(out, "Bank package version", version);
        row(out, "Bootloader version", build(version));
        row(out, "Bootloader status", "valid");
        row(out, "Bank status", validated);
        row(out, "Standby bank", standby);
        String previous = LabText.previousRelease("ciena_saos", version);
        row(out, "Bank package version", previous);
        row(out, "Bootloader version", build(previous));
        row(out, "Bootloader status", "valid");
        row(out, "Bank status", validated);
        out.append(RULE);
        line(out, "| Last command file: unknown");
        line(out, "| Last configuration file: unknown");
        out.append(RULE);
        return out.toString();
    }

    /** "| Label               : value      ...   |", the label padded to 20 and the row to the box width. */
    private static void row(StringBuilder out, String label, String value) {
        out.append("| ").append(label);
        for (int i = label.length(); i < 20; i++) {
            out.append(' ');
        }
        out.append(": ").append(value);
        fill(out, 24 + value.length());
    }

    private static void line(StringBuilder out, String text) {
        fill(out.append(text), text.length());
    }

    private static void fill(StringBuilder out, int used) {
        for (int i = used; i < BOX_WIDTH - 1; i++) {
            out.append(' ');
        }
        out.append("|\n");
    }

    /** Bank validation happens at boot, so its age is the uptime. */
    private static String validated(long seconds) {
        StringBuilder text = new StringBuilder(40).append("valid (validated ");
        LabText.padLeft(text, seconds / 3600, 5).append("hr ");
        LabText.padLeft(text, seconds % 3600 / 60, 2).append("min ");
        return LabText.padLeft(text, seconds % 60, 2).append("sec ago)").toString();
    }

    /** The build number is the release's last field: "saos-06-18-00-1848" was build 1848. */
    private static String build(String version) {
        return version.substring(version.lastIndexOf('-') + 1);
    }

    /** The MIB set moves with the release's minor and patch numbers: "saos-06-18-00-1848" carries 04-18-00-0028. */
    private static String mibVersion(String version) {
        int minor = version.indexOf('-', version.indexOf('-') + 1) + 1;
        int build = version.lastIndexOf('-');
        return minor > 0 && build > minor ? "04-" + version.substring(minor, build) + "-0028" : "04-00-00-0028";
    }
}
