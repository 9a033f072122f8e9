package io.driftwatch.lab;

/**
 * Avaya (now Extreme) VSP / VOSS {@code show software}: the releases stored on flash, the booted one marked
 * "(Primary Release)" and the one it replaced kept as "(Backup Release)". Nothing else about the device is shown.
 */
final class VspOutput {

    private static final String HEAVY = "=".repeat(100) + "\n";

    private VspOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String backup = LabText.previousRelease("avaya_vsp", version);
        StringBuilder out = new StringBuilder(600)
                .append('\n')
                .append(HEAVY)
                .append("                    software releases in /intflash/release/\n")
                .append(HEAVY);
        if (!backup.equals(version)) {
            out.append(backup).append(" (Backup Release)\n");
        }
        return out.append(version).append(" (Primary Release)\n\n")
                .append("-".repeat(100)).append('\n')
                .append("Auto Commit     : enabled\n")
                .append("Commit Timeout  : 10 minutes\n")
                .toString();
    }
}
