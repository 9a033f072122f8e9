package io.driftwatch.lab;

import java.util.List;
import java.util.Map;

/**
 * Real model names and release trains for the simulated fleet, so lab devices look like a plausible network and
 * upgrades walk through versions an operator would recognise. Versions are written exactly as each platform's
 * parser reports them, so what the lab renders is what the parsers give back; where a device prints the model inside
 * the version (FortiOS, ZXROS) the train holds the release alone and {@link #reportedVersion} adds the model;
 * elsewhere the version is the platform's own form (a release file name on AlliedWare Plus, "20.54" for Si-R's
 * "V20.54").
 */
public final class LabCatalog {

    /** One platform's lab line-up: real models, and its release train oldest first. */
    private record Line(List<String> models, List<String> train) {
    }

    // The IOS lab fleet is campus Catalyst 9000 switches: one universal bundle serves the whole family.
    private static final Line IOS = new Line(
            List.of("C9200L-24P-4G", "C9300-24T", "C9300-48P", "C9300-48UXM", "C9500-40X", "C9500-48Y4C"),
            List.of("16.12.4", "17.3.5", "17.6.5", "17.6.6a", "17.9.4", "17.9.4a", "17.12.2"));
    // From 10.x NX-OS prints the release kind after the number; the parser keeps it, so the train does too.
    private static final Line NXOS = new Line(
            List.of("C93180YC-FX", "C93180YC-EX", "C93108TC-FX", "C9336C-FX2", "C9332C", "C9364C"),
            List.of("7.0(3)I7(9)", "9.3(9)", "9.3(10)", "9.3(12)", "10.2(5) [Maintenance Release]",
                    "10.3(4a) [Maintenance Release]", "10.4(4) [Maintenance Release]"));
    // 64-bit XR names the product family on its processor line, not the exact chassis.
    private static final Line XR = new Line(
            List.of("NCS-5500", "ASR9K", "IOS-XRv 9000"),
            List.of("6.6.3", "7.1.3", "7.3.2", "7.5.2", "7.7.2", "7.9.2", "7.11.2"));
    private static final Line JUNOS = new Line(
            List.of("mx204", "mx480", "ex4300-48p", "ex4650-48y-8c", "qfx5120-48y-8c", "srx345"),
            List.of("19.4R3-S9", "20.4R3-S7", "21.2R3-S4", "21.4R3-S5", "22.2R3-S2", "22.4R3-S2", "23.2R2-S1",
                    "23.4R2-S2"));
    private static final Line EOS = new Line(
            List.of("DCS-7050SX3-48YC8-F", "DCS-7280SR-48C6-F", "DCS-7050TX-64-R", "CCS-720XP-48ZC2-F",
                    "DCS-7020TR-48-R"),
            List.of("4.25.6M", "4.26.5M", "4.27.6M", "4.28.9M", "4.29.5M", "4.30.2F", "4.31.2F", "4.32.1F"));
    // The lfbff appliances, whose trains end at 9.16, so every model boots the same image name.
    private static final Line ASA = new Line(
            List.of("ASA5506", "ASA5508", "ASA5516"),
            List.of("9.8(4)48", "9.10(1)44", "9.12(4)58", "9.14(4)24", "9.16(3)23", "9.16(4)48", "9.16(4)57"));
    private static final Line FXOS = new Line(
            List.of("FPR-4112", "FPR-4125", "FPR-4145", "FPR-9300-SM-40"),
            List.of("2.3(1.144)", "2.6(1.230)", "2.8(1.192)", "2.10(1.208)", "2.12(0.498)", "2.13(0.243)",
                    "2.14(1.131)", "2.16(0.128)"));
    private static final Line NFVIS = new Line(
            List.of("ENCS5406/P", "ENCS5408/P", "ENCS5412/P", "C8300-UCPE-1N20"),
            List.of("3.12.3-FC4", "4.1.2-FC2", "4.4.2-FC3", "4.6.3-FC1", "4.9.1-FC3", "4.12.1-FC3",
                    "4.14.1-FC2"));
    private static final Line S300 = new Line(
            List.of("SF300-24", "SG300-10", "SG300-28P", "SG300-52"),
            List.of("1.1.2.0", "1.2.7.76", "1.3.0.62", "1.3.5.58", "1.3.7.18", "1.4.1.3", "1.4.11.5"));
    private static final Line WLC = new Line(
            List.of("AIR-CT2504-K9", "AIR-CT3504-K9", "AIR-CT5508-K9", "AIR-CT5520-K9", "AIR-CT8540-K9"),
            List.of("8.2.166.0", "8.3.150.0", "8.5.151.0", "8.5.182.0", "8.8.130.0", "8.10.151.0", "8.10.185.0",
                    "8.10.190.0"));
    // FortiOS prints the model in front of this ("FortiGate-60F v7.4.8,..."); see reportedVersion.
    private static final Line FORTIGATE = new Line(
            List.of("FortiGate-40F", "FortiGate-60F", "FortiGate-100F", "FortiGate-200F", "FortiGate-600E",
                    "FortiGate-VM64-KVM"),
            List.of("v6.4.15,build2095,240206 (GA.M)", "v7.0.15,build0632,240416 (GA.M)",
                    "v7.2.8,build1639,240313 (GA.M)", "v7.2.10,build1706,240918 (GA.M)",
                    "v7.4.4,build2662,240514 (GA.F)", "v7.4.8,build2795,250523 (GA.M)",
                    "v7.6.0,build3401,240724 (GA.F)"));
    private static final Line PANOS = new Line(
            List.of("PA-440", "PA-850", "PA-1410", "PA-3220", "PA-5220", "PA-VM"),
            List.of("9.1.17", "10.0.12", "10.1.11-h4", "10.1.14-h9", "10.2.10-h3", "11.0.4-h2", "11.1.4-h7",
                    "11.2.5"));
    private static final Line GAIA = new Line(
            List.of("6200", "6600", "7000", "16200", "26000"),
            List.of("R77.30", "R80.10", "R80.20", "R80.30", "R80.40", "R81", "R81.10", "R81.20", "R82"));
    // RouterOS prints the release channel with the number and the parser keeps it.
    private static final Line ROUTEROS = new Line(
            List.of("hEX", "hAP ac^2", "RB4011iGS+", "CRS326-24G-2S+", "CCR2004-1G-12S+2XS"),
            List.of("6.48.6 (long-term)", "6.49.10 (long-term)", "6.49.13 (long-term)", "7.11.2 (stable)",
                    "7.12.1 (stable)", "7.13.5 (stable)", "7.14.3 (stable)", "7.15.3 (stable)"));
    private static final Line EDGEROUTER = new Line(
            List.of("EdgeRouter X 5-Port", "EdgeRouter Lite 3-Port", "EdgeRouter 4", "EdgeRouter 6P",
                    "EdgeRouter 12"),
            List.of("v1.10.11", "v2.0.6", "v2.0.8", "v2.0.8-hotfix.1", "v2.0.9", "v2.0.9-hotfix.4",
                    "v2.0.9-hotfix.6", "v2.0.9-hotfix.7"));
    private static final Line EDGESWITCH = new Line(
            List.of("ES-8-150W", "ES-24-250W", "ES-24-Lite", "ES-48-Lite", "ES-48-500W"),
            List.of("1.7.3", "1.7.4", "1.8.0", "1.8.2", "1.8.3", "1.9.0", "1.9.1", "1.9.3"));
    // VRP8 carrier routers, all on V800 releases. The parser reports the VRP version, not the product release
    // bracketed after it.
    private static final Line VRP = new Line(
            List.of("NE40E-X3A", "NE40E-X8A", "NE40E-X16A", "CX600-X8A", "NE8000 M8"),
            List.of("8.130", "8.150", "8.160", "8.180", "8.190", "8.200", "8.210"));
    private static final Line ONT = new Line(
            List.of("HG8245H", "HG8245Q2", "HG8546M", "EG8145V5"),
            List.of("V3R015C10S106", "V3R016C10S120", "V3R017C00S100", "V3R017C10S120", "V3R018C00S110",
                    "V5R019C00S050", "V5R020C00S060"));
    private static final Line SMARTAX = new Line(
            List.of("MA5603T", "MA5608T", "MA5680T", "MA5683T"),
            List.of("MA5600V800R013C00", "MA5600V800R013C10", "MA5600V800R015C00", "MA5600V800R015C10",
                    "MA5600V800R017C00", "MA5600V800R017C10", "MA5600V800R018C00", "MA5600V800R018C10"));
    // ZXROS prints the model in front of this ("6120H-S V5.10.00.50"); see reportedVersion.
    private static final Line ZXROS = new Line(
            List.of("6120H-S", "6150H", "6180H-A", "9000-8EA"),
            List.of("V5.00.00.30", "V5.00.10.20", "V5.10.00.20", "V5.10.00.30", "V5.10.00.50", "V5.10.10.10",
                    "V5.20.00.10"));
    private static final Line IPOS = new Line(
            List.of("Router 6273", "Router 6471", "Router 6672", "Router 6675"),
            List.of("16.1.2.4.26", "17.1.3.2.45", "18.1.1.7.29", "19.3.1.609.16", "20.3.1.803.142",
                    "21.1.1.1.23", "22.3.2.5.18"));

    // AlliedWare Plus names releases per switch family ("x530-"), so the lab's models are all x530s.
    private static final Line ALLIED_TELESIS_AWPLUS = new Line(
            List.of("AT-x530L-52GTX", "AT-x530-28GTXm", "AT-x530L-28GPX", "AT-x530-52GPXm", "AT-x530DP-52GHXm"),
            List.of("x530-5.4.9-2.5.rel", "x530-5.5.0-2.4.rel", "x530-5.5.1-1.1.rel", "x530-5.5.1-2.3.rel",
                    "x530-5.5.2-1.2.rel", "x530-5.5.2-3.1.rel", "x530-5.5.3-0.1.rel", "x530-5.5.4-0.2.rel"));
    // AOS-CX prefixes the release with the platform code; FL is the 6300 and 6400 family.
    private static final Line ARUBA_AOSCX = new Line(
            List.of("JL665A 6300F 48G CL4 PoE 4SFP56 Sw", "JL664A 6300M 24G 4SFP56 Swch",
                    "JL658A 6300M 24SFP+ 4SFP56 Swch", "JL668A 6300F 24G 4SFP56 Swch"),
            List.of("FL.10.06.0110", "FL.10.07.0040", "FL.10.08.1010", "FL.10.09.1030", "FL.10.10.1070",
                    "FL.10.11.1021", "FL.10.12.1000", "FL.10.13.1040"));
    // The ArubaOS lab fleet is mobility controllers, which print their model; ArubaOS-Switch is hp_procurve.
    private static final Line ARUBA_OS = new Line(
            List.of("Aruba7005-US", "Aruba7030-US", "Aruba7210-US", "Aruba7240XM-US", "ArubaMM-VA"),
            List.of("8.5.0.10", "8.6.0.4", "8.6.0.21", "8.7.1.9", "8.10.0.9", "8.10.0.12", "8.11.2.1", "8.12.0.1"));
    private static final Line AVAYA_ERS = new Line(
            List.of("Ethernet Routing Switch 4826GTS", "Ethernet Routing Switch 4850GTS",
                    "Ethernet Routing Switch 4826GTS-PWR+", "Ethernet Routing Switch 4850GTS-PWR+"),
            List.of("v5.6.3.025", "v5.7.1.014", "v5.8.0.018", "v5.9.2.022", "v5.10.1.030", "v5.11.0.029",
                    "v5.12.1.006"));
    // VOSS release names carry the hardware family: VOSS8K runs on the VSP 8000 series.
    private static final Line AVAYA_VSP = new Line(
            List.of("VSP-8284XSQ", "VSP-8404", "VSP-8404C", "VSP-8608"),
            List.of("VOSS8K.6.0.1.2.GA", "VOSS8K.6.1.2.0.GA", "VOSS8K.7.0.1.0.GA", "VOSS8K.7.1.3.0.GA",
                    "VOSS8K.8.0.5.0.GA", "VOSS8K.8.1.5.0.GA", "VOSS8K.8.2.5.0.GA", "VOSS8K.8.3.0.0.GA"));
    // ICOS reports the Broadcom board ("Machine Model"), not the white-box vendor's product name.
    private static final Line BROADCOM_ICOS = new Line(
            List.of("BCM-56643", "BCM-56340", "LY2R"),
            List.of("3.1.3.10", "3.2.0.18", "3.2.1.30", "3.2.2.42", "3.2.2.54", "3.3.0.6", "3.3.1.12"));
    // FastIron's model is its "HW:" line. Brocade's lab switches are ICX6450s, which boot ICX64S images.
    private static final Line BROCADE_FASTIRON = new Line(
            List.of("Stackable ICX6450-24", "Stackable ICX6450-48", "Stackable ICX6450-24-HPOE",
                    "Stackable ICX6450-48-HPOE"),
            List.of("07.4.00fT311", "08.0.01kT311", "08.0.10dT311", "08.0.20aT311", "08.0.30hT311", "08.0.30qT311",
                    "08.0.30tT311"));
    // SAOS 6 runs on the 39xx and 51xx service delivery switches.
    private static final Line CIENA_SAOS = new Line(
            List.of("3903", "3916", "3930", "3932", "5142", "5160"),
            List.of("saos-06-14-00-0191", "saos-06-15-00-0242", "saos-06-16-00-0337", "saos-06-17-00-0258",
                    "saos-06-18-00-1848", "saos-06-19-00-0227", "saos-06-20-00-0205"));
    private static final Line DELL_FORCE10 = new Line(
            List.of("S4810", "S4820T", "S4048-ON", "S6000", "S3048-ON"),
            List.of("9.8(0.0)", "9.9(0.0)", "9.10(0.1)", "9.11(0.0)", "9.11(2.1)", "9.13(0.0)", "9.14(1.0)",
                    "9.14(2.4)"));
    private static final Line EDGECORE = new Line(
            List.of("ECS4100-12T", "ECS4100-28T", "ECS4100-28P", "ECS4100-52T"),
            List.of("1.2.14.3", "1.2.16.2", "1.2.18.5", "1.2.20.178", "1.2.21.182", "1.2.22.7"));
    private static final Line FSAS_SIR = new Line(
            List.of("Si-R G100", "Si-R G110", "Si-R G120", "Si-R G121", "Si-R G200", "Si-R G211"),
            List.of("20.00", "20.14", "20.22", "20.31", "20.43", "20.54"));
    // Model is not printed by "show system", but the WC releases fix the family to the 2930F and 2930M.
    private static final Line HP_PROCURVE = new Line(
            List.of("JL253A 2930F-24G-4SFP+", "JL254A 2930F-48G-4SFP+", "JL256A 2930F-48G-PoE+-4SFP+",
                    "JL319A 2930M-24G"),
            List.of("WC.16.05.0007", "WC.16.06.0008", "WC.16.07.0003", "WC.16.08.0001", "WC.16.09.0012",
                    "WC.16.10.0014", "WC.16.10.0025", "WC.16.11.0016"));
    // The full build name, as the parser reports it; "ARM_pi1" is the CPE family's processor and board image.
    private static final Line ONEACCESS_ONEOS = new Line(
            List.of("LBB-150", "LBB-4G+", "ONE520", "ONE540"),
            List.of("OneOS-pCPE-ARM_pi1-6.3.2m1", "OneOS-pCPE-ARM_pi1-6.4.3", "OneOS-pCPE-ARM_pi1-6.5.1m2",
                    "OneOS-pCPE-ARM_pi1-6.6.1m3", "OneOS-pCPE-ARM_pi1-6.7.1m2", "OneOS-pCPE-ARM_pi1-6.8.2m1"));
    // Ruckus's lab switches are ICX7150s on the SPS (switch) images.
    private static final Line RUCKUS_FASTIRON = new Line(
            List.of("Stackable ICX7150-24", "Stackable ICX7150-24P", "Stackable ICX7150-48P",
                    "Stackable ICX7150-48-POEF"),
            List.of("08.0.70dT211", "08.0.80aT211", "08.0.90T211", "08.0.90jT211", "08.0.92bT211", "08.0.95gT211",
                    "09.0.10aT211"));
    // Zyxel stamps each product's firmware with its own id (ABPM is the VMG3625-T50B's); the lab lets the other
    // T50 gateways share it, which no parser can tell.
    private static final Line ZYXEL_OS = new Line(
            List.of("VMG3625-T50B", "VMG3925-B10C", "VMG8825-T50K", "EMG3525-T50B"),
            List.of("V5.50(ABPM.6.1)C0", "V5.50(ABPM.7.3)C0", "V5.50(ABPM.8.0)C0", "V5.50(ABPM.8.5)C0",
                    "V5.50(ABPM.9.0)C0", "V5.50(ABPM.9.2)C0", "V5.50(ABPM.9.3)C0"));

    private static final Map<String, Line> LINES = Map.ofEntries(
            Map.entry("allied_telesis_awplus", ALLIED_TELESIS_AWPLUS),
            Map.entry("arista_eos", EOS),
            Map.entry("aruba_aoscx", ARUBA_AOSCX),
            Map.entry("aruba_os", ARUBA_OS),
            Map.entry("avaya_ers", AVAYA_ERS),
            Map.entry("avaya_vsp", AVAYA_VSP),
            Map.entry("broadcom_icos", BROADCOM_ICOS),
            Map.entry("brocade_fastiron", BROCADE_FASTIRON),
            Map.entry("checkpoint_gaia", GAIA),
            Map.entry("ciena_saos", CIENA_SAOS),
            Map.entry("cisco_asa", ASA),
            Map.entry("cisco_fxos", FXOS),
            Map.entry("cisco_ios", IOS),
            Map.entry("cisco_nvfis", NFVIS),
            Map.entry("cisco_nxos", NXOS),
            Map.entry("cisco_s300", S300),
            Map.entry("cisco_wlc_ssh", WLC),
            Map.entry("cisco_xr", XR),
            Map.entry("dell_force10", DELL_FORCE10),
            Map.entry("edgecore", EDGECORE),
            Map.entry("ericsson_ipos", IPOS),
            Map.entry("fortinet", FORTIGATE),
            Map.entry("fsas_sir", FSAS_SIR),
            Map.entry("hp_procurve", HP_PROCURVE),
            Map.entry("huawei_ont", ONT),
            Map.entry("huawei_smartax", SMARTAX),
            Map.entry("huawei_vrp", VRP),
            Map.entry("juniper_junos", JUNOS),
            Map.entry("mikrotik_routeros", ROUTEROS),
            Map.entry("oneaccess_oneos", ONEACCESS_ONEOS),
            Map.entry("paloalto_panos", PANOS),
            Map.entry("ruckus_fastiron", RUCKUS_FASTIRON),
            Map.entry("ubiquiti_edgerouter", EDGEROUTER),
            Map.entry("ubiquiti_edgeswitch", EDGESWITCH),
            Map.entry("zte_zxros", ZXROS),
            Map.entry("zyxel_os", ZYXEL_OS));

    private LabCatalog() {
    }

    public static List<String> models(String platform) {
        return line(platform).models();
    }

    /** The platform's release train, oldest first. */
    public static List<String> versionTrain(String platform) {
        return line(platform).train();
    }

    /**
     * The version the platform's parser reports for a device of {@code model} on {@code version}. Usually the
     * version itself; FortiOS and ZXROS print the model in front of the release, and their parsers keep it.
     */
    public static String reportedVersion(String platform, String model, String version) {
        line(platform);
        return switch (platform) {
            case "fortinet", "zte_zxros" -> model + " " + version;
            default -> version;
        };
    }

    /**
     * The image a device on {@code version} boots, in the form the platform's parser reports it; null where the
     * version command shows no image (Junos and 64-bit XR among others).
     */
    public static String image(String platform, String version) {
        line(platform);
        return switch (platform) {
            case "arista_eos" -> "EOS-" + version + ".swi";
            case "brocade_fastiron" -> FastironOutput.image("ICX64S", version);
            case "ciena_saos" -> bank(platform, version, "A", "B");
            case "cisco_asa" -> AsaOutput.image(version);
            case "cisco_ios" -> "cat9k_iosxe." + IosOutput.paddedVersion(version) + ".SPA.bin";
            case "cisco_nxos" -> nxosImage(version);
            case "dell_force10" -> bank(platform, version, "system://A", "system://B");
            case "fsas_sir" -> bank(platform, version, "firmware1", "firmware2");
            case "ruckus_fastiron" -> FastironOutput.image("SPS", version);
            case "zte_zxros" -> ZxrosOutput.image(version);
            default -> null;
        };
    }

    /**
     * For platforms with two boot banks an upgrade is written to the standby bank and booted from there, so each
     * step along the train flips the bank.
     */
    private static String bank(String platform, String version, String first, String second) {
        return line(platform).train().indexOf(version) % 2 == 1 ? second : first;
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

    private static Line line(String platform) {
        Line line = LINES.get(platform);
        if (line == null) {
            throw new IllegalArgumentException("unknown lab platform: " + platform);
        }
        return line;
    }
}
