package io.driftwatch.lab;

/**
 * Junos {@code show version} as printed since 15.1: hostname, model, the "Junos:" release line, then the installed
 * packages, most stamped with a build id rather than the release. Switches (EX, QFX) print inside an "fpc0:"
 * section because they may form a virtual chassis.
 */
final class JunosOutput {

    private static final String DASHES = "--------------------------------------------------------------------------\n";
    private static final String OS_STAMP = " [20230926.8d4fa2c_builder_stable_12_224]\n";
    private static final String[] OS_PACKAGES = {
            "JUNOS OS Kernel 64-bit ", "JUNOS OS libs", "JUNOS OS runtime", "JUNOS OS time zone information"};
    private static final String[] JUNOS_PACKAGES = {
            "JUNOS network stack and utilities", "JUNOS libs", "JUNOS OS libs compat32",
            "JUNOS OS 32-bit compatibility",
            "JUNOS libs compat32", "JUNOS runtime", "JUNOS py extensions", "JUNOS py base", "JUNOS OS vmguest",
            "JUNOS OS crypto", "JUNOS common platform support", "JUNOS daemons", "JUNOS Online Documentation"};

    private JunosOutput() {
    }

    static String render(LabFacts facts) {
        String model = facts.model();
        boolean switchFamily = model.startsWith("ex") || model.startsWith("qfx");
        String build = " [20231103.170123_builder_junos_" + buildTag(facts.version()) + "]\n";
        StringBuilder out = new StringBuilder(2000);
        if (switchFamily) {
            out.append("fpc0:\n").append(DASHES);
        }
        out.append("Hostname: ").append(facts.hostname()).append('\n');
        out.append("Model: ").append(model).append('\n');
        out.append("Junos: ").append(facts.version()).append('\n');
        for (String name : OS_PACKAGES) {
            out.append(name).append(OS_STAMP);
        }
        for (String name : JUNOS_PACKAGES) {
            out.append(name).append(build);
        }
        out.append("JUNOS na telemetry [").append(facts.version()).append("]\n");
        out.append("JUNOS Openconfig [").append(facts.version()).append("]\n");
        out.append(platformPackage(model)).append(build);
        if (switchFamily) {
            out.append('\n');
        }
        return out.toString();
    }

    private static String platformPackage(String model) {
        if (model.startsWith("mx")) {
            return "JUNOS mx libs";
        }
        if (model.startsWith("srx")) {
            return "JUNOS srx platform support";
        }
        return "JUNOS ex libs";
    }

    /** "22.4R3-S2" becomes "224_r3_s2", the way Juniper's build ids name the release. */
    private static String buildTag(String version) {
        StringBuilder tag = new StringBuilder(version.length() + 4);
        boolean afterRelease = false;
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c == '.' && !afterRelease) {
                continue;
            }
            if (Character.isLetter(c) && !afterRelease) {
                afterRelease = true;
                tag.append('_');
            }
            if (c == '-' || c == '.') {
                tag.append('_');
            } else {
                tag.append(Character.toLowerCase(c));
            }
        }
        return tag.toString();
    }
}
