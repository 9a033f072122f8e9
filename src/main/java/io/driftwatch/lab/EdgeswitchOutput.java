package io.driftwatch.lab;

/**
 * EdgeSwitch {@code show version}: a "Switch: 1" block of dotted labels padded to column 48. The description line
 * repeats the product name and release. The host name is only in the prompt.
 */
final class EdgeswitchOutput {

    private static final String DOTS = ".".repeat(64);
    private static final int LABEL_WIDTH = 47;

    private EdgeswitchOutput() {
    }

    static String render(LabFacts facts) {
        String type = machineType(facts.model());
        String serial = facts.serial() == null ? "" : facts.serial();
        StringBuilder out = new StringBuilder(900).append("\nSwitch: 1\n\n");
        line(out, "System Description",
                type + ", " + facts.version() + ", Linux 3.6.5-1b505fb7, 1.0.0.4857129");
        line(out, "Machine Type", type);
        line(out, "Machine Model", facts.model());
        line(out, "Serial Number", serial);
        line(out, "Part Number", "13-02072");
        line(out, "Burned In MAC Address", "18:E8:29:22:78:F5");
        line(out, "Software Version", facts.version());
        line(out, "Hardware Revision", "20");
        out.append('\n');
        return out.toString();
    }

    /** "ES-48-500W" is sold as "EdgeSwitch 48 500W", "ES-24-Lite" as "EdgeSwitch 24 Lite". */
    private static String machineType(String model) {
        StringBuilder type = new StringBuilder(model.length() + 8).append("EdgeSwitch");
        int start = model.startsWith("ES-") ? 3 : 0;
        type.append(' ');
        for (int i = start; i < model.length(); i++) {
            char c = model.charAt(i);
            type.append(c == '-' ? ' ' : c);
        }
        return type.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(DOTS, 0, Math.max(0, LABEL_WIDTH - label.length()));
        out.append(' ').append(value).append('\n');
    }
}
