package io.driftwatch.lab;

/**
 * Broadcom ICOS {@code show version}: a "Switch: 1" block of keys padded with dots to column 47. The model is the
 * Broadcom "Machine Model"; the vendor product ("Machine Type") and switching ASIC follow from it.
 */
final class IcosOutput {

    private static final int KEY_WIDTH = 47;
    private static final String CONTINUATION = " ".repeat(KEY_WIDTH + 1);
    private static final String[] PACKAGES = {"QOS", "Multicast", "IPv6", "Routing", "Data Center", "OpEN API"};

    private IcosOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String[] board = board(facts.model());
        StringBuilder out = new StringBuilder(1500).append("\nSwitch: 1\n\n");
        key(out, "System Description").append(board[0]).append(", ").append(version)
                .append(", Linux 3.6.5, U-Boot 2012.10-gd563f4a (Apr 13 2017 - 12:08:06) - 2012.10.0.5\n");
        key(out, "Machine Type").append(board[0]).append('\n');
        key(out, "Machine Model").append(facts.model()).append('\n');
        key(out, "Serial Number").append(facts.serial() == null ? "" : facts.serial()).append('\n');
        key(out, "Maintenance Level").append("A\n");
        key(out, "Manufacturer").append("0xbc00\n");
        key(out, "Burned In MAC Address").append("A8:2B:B5:55:58:01\n");
        key(out, "Software Version").append(version).append('\n');
        key(out, "Operating System").append("Linux 3.6.5\n");
        key(out, "Network Processing Device").append(board[1]).append('\n');
        key(out, "Additional Packages").append("BGP-4\n");
        for (String feature : PACKAGES) {
            out.append(CONTINUATION).append(feature).append('\n');
        }
        return out.append("\n\n").toString();
    }

    private static StringBuilder key(StringBuilder out, String key) {
        out.append(key);
        for (int i = key.length(); i < KEY_WIDTH; i++) {
            out.append('.');
        }
        return out.append(' ');
    }

    /** Machine type and switching ASIC of the white-box boards the lab knows. */
    private static String[] board(String model) {
        return switch (model) {
            case "BCM-56340" -> new String[] {"DNI-3448P 48x1Gb POE, 2x10G, 2x20G Helix4 L3 System", "BCM56340_A0"};
            case "BCM-56643" -> new String[] {"Accton AS4610-54P", "BCM56340_A0"};
            case "LY2R" -> new String[] {"LY2R - 48 TENGIG, Four 40GbE  PORTS", "BCM56846_A1"};
            default -> new String[] {model, "BCM56340_A0"};
        };
    }
}
