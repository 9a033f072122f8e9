package io.driftwatch.lab;

import java.util.List;
import java.util.Map;

/**
 * Real model names and release trains for the simulated fleet, so lab devices look like a plausible network and
 * upgrades walk through versions an operator would recognise. Versions are written exactly as each platform's
 * version command prints them, so what the lab renders is what the parsers give back.
 */
public final class LabCatalog {

    private static final Map<String, List<String>> MODELS = Map.of(
            // The IOS lab fleet is campus Catalyst 9000 switches: one universal bundle serves the whole family.
            "cisco_ios", List.of("C9200L-24P-4G", "C9300-24T", "C9300-48P", "C9300-48UXM", "C9500-40X", "C9500-48Y4C"),
            "cisco_nxos", List.of("C93180YC-FX", "C93180YC-EX", "C93108TC-FX", "C9336C-FX2", "C9332C", "C9364C"),
            // 64-bit XR names the product family on its processor line, not the exact chassis.
            "cisco_xr", List.of("NCS-5500", "ASR9K", "IOS-XRv 9000"),
            "juniper_junos", List.of("mx204", "mx480", "ex4300-48p", "ex4650-48y-8c", "qfx5120-48y-8c", "srx345"),
            "arista_eos", List.of("DCS-7050SX3-48YC8-F", "DCS-7280SR-48C6-F", "DCS-7050TX-64-R", "CCS-720XP-48ZC2-F",
                    "DCS-7020TR-48-R"));

    private static final Map<String, List<String>> TRAINS = Map.of(
            "cisco_ios", List.of("16.12.4", "17.3.5", "17.6.5", "17.6.6a", "17.9.4", "17.9.4a", "17.12.2"),
            // From 10.x NX-OS prints the release kind after the number; the parser keeps it, so the train does too.
            "cisco_nxos", List.of("7.0(3)I7(9)", "9.3(9)", "9.3(10)", "9.3(12)",
                    "10.2(5) [Maintenance Release]", "10.3(4a) [Maintenance Release]",
                    "10.4(4) [Maintenance Release]"),
            "cisco_xr", List.of("6.6.3", "7.1.3", "7.3.2", "7.5.2", "7.7.2", "7.9.2", "7.11.2"),
            "juniper_junos", List.of("19.4R3-S9", "20.4R3-S7", "21.2R3-S4", "21.4R3-S5", "22.2R3-S2", "22.4R3-S2",
                    "23.2R2-S1", "23.4R2-S2"),
            "arista_eos", List.of("4.25.6M", "4.26.5M", "4.27.6M", "4.28.9M", "4.29.5M", "4.30.2F", "4.31.2F",
                    "4.32.1F"));

    private LabCatalog() {
    }

    public static List<String> models(String platform) {
        return lookup(MODELS, platform);
    }

    /** The platform's release train, oldest first. */
    public static List<String> versionTrain(String platform) {
        return lookup(TRAINS, platform);
    }

    /**
     * The image a device on {@code version} boots, in the form the platform's parser reports it; null where the
     * version command shows no image (Junos and 64-bit XR).
     */
    public static String image(String platform, String version) {
        lookup(TRAINS, platform);
        return switch (platform) {
            case "cisco_ios" -> "cat9k_iosxe." + IosOutput.paddedVersion(version) + ".SPA.bin";
            case "cisco_nxos" -> nxosImage(version);
            case "arista_eos" -> "EOS-" + version + ".swi";
            default -> null;
        };
    }

    /** "9.3(10)" boots nxos.9.3.10.bin; 10.x boots the 64-bit image tagged M or F by release kind. */
    private static String nxosImage(String version) {
        int bracket = version.indexOf(" [");
        String number = bracket < 0 ? version : version.substring(0, bracket);
        StringBuilder dotted = new StringBuilder(number.length() + 2);
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '(') {
                dotted.append('.');
            } else if (c == ')') {
                if (i < number.length() - 1) {
                    dotted.append('.');
                }
            } else {
                dotted.append(c);
            }
        }
        if (number.startsWith("10.")) {
            String kind = version.contains("Feature") ? ".F" : ".M";
            return "bootflash:///nxos64-cs." + dotted + kind + ".bin";
        }
        return "bootflash:///nxos." + dotted + ".bin";
    }

    private static List<String> lookup(Map<String, List<String>> table, String platform) {
        List<String> values = table.get(platform);
        if (values == null) {
            throw new IllegalArgumentException("unknown lab platform: " + platform);
        }
        return values;
    }
}
