package io.driftwatch.lab;

/** Arista EOS {@code show version}. EOS prints no hostname and no boot image here. */
final class EosOutput {

    private EosOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        return new StringBuilder(700)
                .append("Arista ").append(facts.model()).append('\n')
                .append("Hardware version: 11.02\n")
                .append("Serial number: ").append(facts.serial() == null ? "" : facts.serial()).append('\n')
                .append("Hardware MAC address: 444c.a812.3456\n")
                .append("System MAC address: 444c.a812.3456\n\n")
                .append("Software image version: ").append(version).append('\n')
                .append("Architecture: x86_64\n")
                .append("Internal build version: ").append(version).append("-33092737.").append(withoutDots(version))
                .append('\n')
                .append("Internal build ID: 0f5c4d1e-6b2a-4c8e-9d3f-2a7b1c9e8f40\n")
                .append("Image format version: 3.0\n")
                .append("Image optimization: Strata-4GB\n\n")
                .append("Uptime: ").append(UptimeText.eos(facts.uptimeSeconds())).append('\n')
                .append("Total memory: 8098984 kB\n")
                .append("Free memory: 5617756 kB\n\n")
                .toString();
    }

    private static String withoutDots(String version) {
        StringBuilder out = new StringBuilder(version.length());
        for (int i = 0; i < version.length(); i++) {
            if (version.charAt(i) != '.') {
                out.append(version.charAt(i));
            }
        }
        return out.toString();
    }
}
