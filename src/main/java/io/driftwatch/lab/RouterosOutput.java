package io.driftwatch.lab;

/**
 * RouterOS {@code /system resource print}: labels right-aligned to one column. The version carries its release
 * channel ("7.12.1 (stable)"); RouterOS 7 prints the build time in ISO form where 6 wrote "Dec/03/2021". The
 * identity (host name) and serial are in other menus.
 */
final class RouterosOutput {

    private static final String SPACES = " ".repeat(32);
    private static final int LABEL_WIDTH = 25;

    private RouterosOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String model = facts.model();
        boolean seven = version.startsWith("7.");
        String architecture = architecture(model);
        StringBuilder out = new StringBuilder(900);
        line(out, "uptime", uptime(facts.uptimeSeconds()));
        line(out, "version", version);
        line(out, "build-time", seven ? "2024-02-29 12:13:45" : "Dec/03/2021 12:15:05");
        line(out, "factory-software", seven ? "7.1" : "6.44.6");
        line(out, "free-memory", "842.3MiB");
        line(out, "total-memory", "1024.0MiB");
        line(out, "cpu", cpu(architecture));
        line(out, "cpu-count", "4");
        line(out, "cpu-frequency", "1400MHz");
        line(out, "cpu-load", "2%");
        line(out, "free-hdd-space", "88.5MiB");
        line(out, "total-hdd-space", "128.0MiB");
        line(out, "write-sect-since-reboot", "4381");
        line(out, "write-sect-total", "91230");
        if (!seven) {
            line(out, "bad-blocks", "0%");
        }
        line(out, "architecture-name", architecture);
        line(out, "board-name", model);
        line(out, "platform", "MikroTik");
        out.append('\n');
        return out.toString();
    }

    private static String architecture(String model) {
        if (model.startsWith("CCR2")) {
            return "arm64";
        }
        if (model.startsWith("hEX")) {
            return "mmips";
        }
        return "arm";
    }

    private static String cpu(String architecture) {
        return switch (architecture) {
            case "arm64" -> "ARM64";
            case "mmips" -> "MIPS 1004Kc V2.15";
            default -> "ARMv7";
        };
    }

    /** "6w5d11h55m45s": zero units left out, but never an empty string. */
    private static String uptime(long seconds) {
        long[] values = {seconds / 604_800, seconds % 604_800 / 86_400, seconds % 86_400 / 3600,
                seconds % 3600 / 60, seconds % 60};
        char[] names = {'w', 'd', 'h', 'm', 's'};
        StringBuilder text = new StringBuilder(16);
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 || i == values.length - 1 && text.length() == 0) {
                text.append(values[i]).append(names[i]);
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(SPACES, 0, Math.max(0, LABEL_WIDTH - label.length()))
                .append(label).append(": ").append(value).append('\n');
    }
}
