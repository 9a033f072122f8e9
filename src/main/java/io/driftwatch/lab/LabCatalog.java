package io.driftwatch.lab;

import java.util.List;
import java.util.Map;

/**
 * Real model names and release trains for the simulated fleet, so lab devices look like a plausible network and
 * upgrades walk through versions an operator would recognise. Versions are written in the form each platform's
 * parser reports them (a release file name on AlliedWare Plus, "20.54" for Si-R's "V20.54"), so what the lab
 * renders is what the parsers give back.
 */
public final class LabCatalog {

    /** One platform's models and release train, oldest release first. */
    private record Lineup(List<String> models, List<String> train) {
    }

    // The IOS lab fleet is campus Catalyst 9000 switches: one universal bundle serves the whole family.
    private static final Lineup CISCO_IOS = new Lineup(
            List.of("C9200L-24P-4G", "C9300-24T", "C9300-48P", "C9300-48UXM", "C9500-40X", "C9500-48Y4C"),
            List.of("16.12.4", "17.3.5", "17.6.5", "17.6.6a", "17.9.4", "17.9.4a", "17.12.2"));
    // From 10.x NX-OS prints the release kind after the number; the parser keeps it, so the train does too.
    private static final Lineup CISCO_NXOS = new Lineup(
            List.of("C93180YC-FX", "C93180YC-EX", "C93108TC-FX", "C9336C-FX2", "C9332C", "C9364C"),
            List.of("7.0(3)I7(9)", "9.3(9)", "9.3(10)", "9.3(12)", "10.2(5) [Maintenance Release]",
                    "10.3(4a) [Maintenance Release]", "10.4(4) [Maintenance Release]"));
    // 64-bit XR names the product family on its processor line, not the exact chassis.
    private static final Lineup CISCO_XR = new Lineup(
            List.of("NCS-5500", "ASR9K", "IOS-XRv 9000"),
            List.of("6.6.3", "7.1.3", "7.3.2", "7.5.2", "7.7.2", "7.9.2", "7.11.2"));
    private static final Lineup JUNIPER_JUNOS = new Lineup(
            List.of("mx204", "mx480", "ex4300-48p", "ex4650-48y-8c", "qfx5120-48y-8c", "srx345"),
            List.of("19.4R3-S9", "20.4R3-S7", "21.2R3-S4", "21.4R3-S5", "22.2R3-S2", "22.4R3-S2", "23.2R2-S1",
                    "23.4R2-S2"));
    private static final Lineup ARISTA_EOS = new Lineup(
            List.of("DCS-7050SX3-48YC8-F", "DCS-7280SR-48C6-F", "DCS-7050TX-64-R", "CCS-720XP-48ZC2-F",
                    "DCS-7020TR-48-R"),
            List.of("4.25.6M", "4.26.5M", "4.27.6M", "4.28.9M", "4.29.5M", "4.30.2F", "4.31.2F", "4.32.1F"));

    // AlliedWare Plus names releases per switch family ("x530-"), so the lab's models are all x530s.
    private static final Lineup ALLIED_TELESIS_AWPLUS = new Lineup(
            List.of("AT-x530L-52GTX", "AT-x530-28GTXm", "AT-x530L-28GPX", "AT-x530-52GPXm", "AT-x530DP-52GHXm"),
            List.of("x530-5.4.9-2.5.rel", "x530-5.5.0-2.4.rel", "x530-5.5.1-1.1.rel", "x530-5.5.1-2.3.rel",
                    "x530-5.5.2-1.2.rel", "x530-5.5.2-3.1.rel", "x530-5.5.3-0.1.rel", "x530-5.5.4-0.2.rel"));
    // AOS-CX prefixes the release with the platform code; FL is the 6300 and 6400 family.
    private static final Lineup ARUBA_AOSCX = new Lineup(
            List.of("JL665A 6300F 48G CL4 PoE 4SFP56 Sw", "JL664A 6300M 24G 4SFP56 Swch",
                    "JL658A 6300M 24SFP+ 4SFP56 Swch", "JL668A 6300F 24G 4SFP56 Swch"),
            List.of("FL.10.06.0110", "FL.10.07.0040", "FL.10.08.1010", "FL.10.09.1030", "FL.10.10.1070",
                    "FL.10.11.1021", "FL.10.12.1000", "FL.10.13.1040"));
    // The ArubaOS lab fleet is mobility controllers, which print their model; ArubaOS-Switch is hp_procurve.
    private static final Lineup ARUBA_OS = new Lineup(
            List.of("Aruba7005-US", "Aruba7030-US", "Aruba7210-US", "Aruba7240XM-US", "ArubaMM-VA"),
            List.of("8.5.0.10", "8.6.0.4", "8.6.0.21", "8.7.1.9", "8.10.0.9", "8.10.0.12", "8.11.2.1", "8.12.0.1"));
    private static final Lineup AVAYA_ERS = new Lineup(
            List.of("Ethernet Routing Switch 4826GTS", "Ethernet Routing Switch 4850GTS",
                    "Ethernet Routing Switch 4826GTS-PWR+", "Ethernet Routing Switch 4850GTS-PWR+"),
            List.of("v5.6.3.025", "v5.7.1.014", "v5.8.0.018", "v5.9.2.022", "v5.10.1.030", "v5.11.0.029",
                    "v5.12.1.006"));
    // VOSS release names carry the hardware family: VOSS8K runs on the VSP 8000 series.
    private static final Lineup AVAYA_VSP = new Lineup(
            List.of("VSP-8284XSQ", "VSP-8404", "VSP-8404C", "VSP-8608"),
            List.of("VOSS8K.6.0.1.2.GA", "VOSS8K.6.1.2.0.GA", "VOSS8K.7.0.1.0.GA", "VOSS8K.7.1.3.0.GA",
                    "VOSS8K.8.0.5.0.GA", "VOSS8K.8.1.5.0.GA", "VOSS8K.8.2.5.0.GA", "VOSS8K.8.3.0.0.GA"));
    // ICOS reports the Broadcom board ("Machine Model"), not the white-box vendor's product name.
    private static final Lineup BROADCOM_ICOS = new Lineup(
            List.of("BCM-56643", "BCM-56340", "LY2R"),
            List.of("3.1.3.10", "3.2.0.18", "3.2.1.30", "3.2.2.42", "3.2.2.54", "3.3.0.6", "3.3.1.12"));
    // FastIron's model is its "HW:" line. Brocade's lab switches are ICX6450s, which boot ICX64S images.
    private static final Lineup BROCADE_FASTIRON = new Lineup(
            List.of("Stackable ICX6450-24", "Stackable ICX6450-48", "Stackable ICX6450-24-HPOE",
                    "Stackable ICX6450-48-HPOE"),
            List.of("07.4.00fT311", "08.0.01kT311", "08.0.10dT311", "08.0.20aT311", "08.0.30hT311", "08.0.30qT311",
                    "08.0.30tT311"));
    // SAOS 6 runs on the 39xx and 51xx service delivery switches.
    private static final Lineup CIENA_SAOS = new Lineup(
            List.of("3903", "3916", "3930", "3932", "5142", "5160"),
            List.of("saos-06-14-00-0191", "saos-06-15-00-0242", "saos-06-16-00-0337", "saos-06-17-00-0258",
                    "saos-06-18-00-1848", "saos-06-19-00-0227", "saos-06-20-00-0205"));
    private static final Lineup DELL_FORCE10 = new Lineup(
            List.of("S4810", "S4820T", "S4048-ON", "S6000", "S3048-ON"),
            List.of("9.8(0.0)", "9.9(0.0)", "9.10(0.1)", "9.11(0.0)", "9.11(2.1)", "9.13(0.0)", "9.14(1.0)",
                    "9.14(2.4)"));
    private static final Lineup EDGECORE = new Lineup(
            List.of("ECS4100-12T", "ECS4100-28T", "ECS4100-28P", "ECS4100-52T"),
            List.of("1.2.14.3", "1.2.16.2", "1.2.18.5", "1.2.20.178", "1.2.21.182", "1.2.22.7"));
    private static final Lineup FSAS_SIR = new Lineup(
            List.of("Si-R G100", "Si-R G110", "Si-R G120", "Si-R G121", "Si-R G200", "Si-R G211"),
            List.of("20.00", "20.14", "20.22", "20.31", "20.43", "20.54"));
    // Model is not printed by "show system", but the WC releases fix the family to the 2930F and 2930M.
    private static final Lineup HP_PROCURVE = new Lineup(
            List.of("JL253A 2930F-24G-4SFP+", "JL254A 2930F-48G-4SFP+", "JL256A 2930F-48G-PoE+-4SFP+",
                    "JL319A 2930M-24G"),
            List.of("WC.16.05.0007", "WC.16.06.0008", "WC.16.07.0003", "WC.16.08.0001", "WC.16.09.0012",
                    "WC.16.10.0014", "WC.16.10.0025", "WC.16.11.0016"));
    // The full build name, as the parser reports it; "ARM_pi1" is the CPE family's processor and board image.
    private static final Lineup ONEACCESS_ONEOS = new Lineup(
            List.of("LBB-150", "LBB-4G+", "ONE520", "ONE540"),
            List.of("OneOS-pCPE-ARM_pi1-6.3.2m1", "OneOS-pCPE-ARM_pi1-6.4.3", "OneOS-pCPE-ARM_pi1-6.5.1m2",
                    "OneOS-pCPE-ARM_pi1-6.6.1m3", "OneOS-pCPE-ARM_pi1-6.7.1m2", "OneOS-pCPE-ARM_pi1-6.8.2m1"));
    // Ruckus's lab switches are ICX7150s on the SPS (switch) images.
    private static final Lineup RUCKUS_FASTIRON = new Lineup(
            List.of("Stackable ICX7150-24", "Stackable ICX7150-24P", "Stackable ICX7150-48P",
                    "Stackable ICX7150-48-POEF"),
            List.of("08.0.70dT211", "08.0.80aT211", "08.0.90T211", "08.0.90jT211", "08.0.92bT211", "08.0.95gT211",
                    "09.0.10aT211"));
    // Zyxel stamps each product's firmware with its own id (ABPM is the VMG3625-T50B's); the lab lets the other
    // T50 gateways share it, which no parser can tell.
    private static final Lineup ZYXEL_OS = new Lineup(
            List.of("VMG3625-T50B", "VMG3925-B10C", "VMG8825-T50K", "EMG3525-T50B"),
            List.of("V5.50(ABPM.6.1)C0", "V5.50(ABPM.7.3)C0", "V5.50(ABPM.8.0)C0", "V5.50(ABPM.8.5)C0",
                    "V5.50(ABPM.9.0)C0", "V5.50(ABPM.9.2)C0", "V5.50(ABPM.9.3)C0"));

    private static final Map<String, Lineup> LINEUPS = Map.ofEntries(
            Map.entry("allied_telesis_awplus", ALLIED_TELESIS_AWPLUS),
            Map.entry("arista_eos", ARISTA_EOS),
            Map.entry("aruba_aoscx", ARUBA_AOSCX),
            Map.entry("aruba_os", ARUBA_OS),
            Map.entry("avaya_ers", AVAYA_ERS),
            Map.entry("avaya_vsp", AVAYA_VSP),
            Map.entry("broadcom_icos", BROADCOM_ICOS),
            Map.entry("brocade_fastiron", BROCADE_FASTIRON),
            Map.entry("ciena_saos", CIENA_SAOS),
            Map.entry("cisco_ios", CISCO_IOS),
            Map.entry("cisco_nxos", CISCO_NXOS),
            Map.entry("cisco_xr", CISCO_XR),
            Map.entry("dell_force10", DELL_FORCE10),
            Map.entry("edgecore", EDGECORE),
            Map.entry("fsas_sir", FSAS_SIR),
            Map.entry("hp_procurve", HP_PROCURVE),
            Map.entry("juniper_junos", JUNIPER_JUNOS),
            Map.entry("oneaccess_oneos", ONEACCESS_ONEOS),
            Map.entry("ruckus_fastiron", RUCKUS_FASTIRON),
            Map.entry("zyxel_os", ZYXEL_OS));

    private LabCatalog() {
    }

    public static List<String> models(String platform) {
        return lineup(platform).models();
    }

    /** The platform's release train, oldest first. */
    public static List<String> versionTrain(String platform) {
        return lineup(platform).train();
    }

    /**
     * The image a device on {@code version} boots, in the form the platform's parser reports it; null where the
     * version command shows no image (Junos and 64-bit XR).
     */
    public static String image(String platform, String version) {
        Lineup lineup = lineup(platform);
        return switch (platform) {
            case "arista_eos" -> "EOS-" + version + ".swi";
            case "brocade_fastiron" -> FastironOutput.image("ICX64S", version);
            case "ciena_saos" -> bank(lineup, version, "A", "B");
            case "cisco_ios" -> "cat9k_iosxe." + IosOutput.paddedVersion(version) + ".SPA.bin";
            case "cisco_nxos" -> nxosImage(version);
            case "dell_force10" -> bank(lineup, version, "system://A", "system://B");
            case "fsas_sir" -> bank(lineup, version, "firmware1", "firmware2");
            case "ruckus_fastiron" -> FastironOutput.image("SPS", version);
            default -> null;
        };
    }

    /**
     * For platforms with two boot banks an upgrade is written to the standby bank and booted from there, so each
     * step along the train flips the bank.
     */
    private static String bank(Lineup lineup, String version, String first, String second) {
        return lineup.train().indexOf(version) % 2 == 1 ? second : first;
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

    private static Lineup lineup(String platform) {
        Lineup lineup = LINEUPS.get(platform);
        if (lineup == null) {
            throw new IllegalArgumentException("unknown lab platform: " + platform);
        }
        return lineup;
    }
}
