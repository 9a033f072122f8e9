package io.driftwatch.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each table lists real version strings of one family, oldest first; every pair must compare that way. */
class VersionOrdersTest {

    @Test
    void ciscoIosAndIosXe() {
        assertAscending("cisco_ios", "12.2(55)SE12", "12.4(6)T2", "15.0(2)SE11", "15.2(4)M7", "15.2(4)M11",
                "15.2(5)E", "15.2(7)E8", "15.3(2)S1", "15.8(3)M2", "15.9(3)M9", "16.9.3", "16.12.4", "17.3.5",
                "17.9.4", "17.9.4a", "17.9.5", "17.12.2");
    }

    @Test
    void ciscoAsa() {
        assertAscending("cisco_asa", "9.5(2)204", "9.8(3)21", "9.8(4)48", "9.9(2)32", "9.12(4)65", "9.16(4)",
                "9.16(4)19", "9.18(4)22", "9.20(2)");
    }

    @Test
    void ciscoNxos() {
        assertAscending("cisco_nxos", "5.2(1)N1(4)", "6.1(2)I3(1)", "7.0(3)I4(3)", "7.0(3)I7(9)", "7.0(3)I7(10)",
                "9.3(9)", "9.3(10)", "9.3(15)", "10.2(5)", "10.3(4)", "10.3(4a)", "10.3(6) [Maintenance Release]",
                "10.4(5) [Maintenance Release]");
    }

    @Test
    void ciscoXr() {
        assertAscending("cisco_xr", "4.1.0", "5.3.2", "6.1.4", "6.5.3", "6.6.3", "7.3.2", "7.5.2", "7.9.2 LNT",
                "7.10.1", "7.11.2", "24.2.1 LNT");
    }

    @Test
    void juniperJunos() {
        assertAscending("juniper_junos", "12.3X48-D105.4", "13.2X51-D35.3", "13.3R1.4", "15.1R7-S6",
                "15.1X49-D170.4", "15.1X53-D593.2", "18.4R2-S3.3", "21.4R3-S3.4", "21.4R3-S5", "22.4R1", "22.4R3",
                "22.4R3.25", "22.4R3-S2", "22.4R3-S10", "23.2R1", "23.4R2-S2");
    }

    @Test
    void junosReleaseTypesGoInternalThenBetaThenRelease() {
        assertAscending("juniper_junos", "22.4I1", "22.4B1", "22.4B2", "22.4R1", "22.4X1");
    }

    @Test
    void aristaEos() {
        assertAscending("arista_eos", "4.20.15M", "4.21.1.1F", "4.24.2.4F", "4.27.6M", "4.28.9M", "4.30.2F",
                "4.30.5M", "4.30.10M", "4.31.2F", "4.32.1F-37265360.4321F", "4.32.2F");
    }

    @Test
    void eosSuffixesForTheSameNumbersGoFeatureThenMaintenance() {
        assertAscending("arista_eos", "4.30.2", "4.30.2F", "4.30.2M", "4.30.2FX");
    }

    @Test
    void fortiOsIgnoresTheModelName() {
        assertAscending("fortinet", "FortiGate-1500D v6.0.7,build0302,191112 (GA)",
                "FortiGate-600E v6.2.6,build1175,201110 (GA)", "6.4.15",
                "FortiGate-1801F v7.0.13,build0566,231024 (GA.M)", "FortiGate-40F v7.0.15,build0632,240401 (GA.M)",
                "7.2.10", "FortiGate-60E-POE v7.4.1,build2463,230830 (GA.F)", "7.4.8",
                "FortiGate-60F v7.4.8,build2795,250523 (GA.M)",
                "v7.6.3");
    }

    @Test
    void panOs() {
        assertAscending("paloalto_panos", "7.0.1", "8.1.25-h1", "9.1.17", "10.1.11-h4", "10.2.4", "10.2.4-h4",
                "10.2.4-h10", "10.2.10", "10.2.10-h2", "11.0.3-h10", "11.1.4-h7", "11.2.5");
    }

    @Test
    void genericPlatforms() {
        assertAscending("huawei_vrp", "5.170", "8.180");
        assertAscending("huawei_vrp", "V200R019C00SPC500", "V200R019C10", "V200R019C10SPC800",
                "V200R020C10SPC300", "V300R019C10");
        assertAscending("mikrotik_routeros", "6.48.6 (long-term)", "6.48.7 (long-term)", "6.49.10",
                "7.12.2 (stable)", "7.13beta2", "7.13rc1", "7.13", "7.13.1 (stable)");
        assertAscending("aruba_aoscx", "10.10.1070", "10.11.1010", "10.11.1021", "10.13.1000");
        assertAscending("aruba_aoscx", "FL.10.10.1070", "FL.10.11.1010", "FL.10.11.1021", "FL.10.13.1000");
        assertAscending("hp_procurve", "WC.16.05.0007", "WC.16.10.0012", "WC.16.10.0014", "WC.16.11.0003");
        assertAscending("checkpoint_gaia", "R77.30", "R80.40", "R81.10", "R81.20");
        assertAscending("ubiquiti_edgerouter", "v1.10.11", "v2.0.6", "2.0.9");
        assertAscending("dell_force10", "9.9(0.0)", "9.10(0.1)", "9.14(2.4)");
        assertAscending("some_future_platform", "1.0", "1.0a", "1.0.1", "1.1");
    }

    @Test
    void fastIronIgnoresThePlatformCode() {
        assertAscending("ruckus_fastiron", "08.0.30T311", "08.0.30hT311", "08.0.90T211", "08.0.95bT213",
                "09.0.10aT213", "10.0.10T213");
        assertAscending("brocade_fastiron", "08.0.30T311", "08.0.30hT311");
    }

    @Test
    void theBriefsExamples() {
        assertAscending("cisco_ios", "15.2(4)M7", "15.2(4)M11");
        assertAscending("cisco_ios", "17.9.4", "17.9.4a");
        assertAscending("cisco_nxos", "9.3(9)", "9.3(10)");
        assertAscending("juniper_junos", "22.4R3", "22.4R3-S2");
        assertAscending("arista_eos", "4.30.2F", "4.30.10M");
    }

    @Test
    void labelsFlavoursAndPaddingNameTheSameRelease() {
        assertSame("cisco_nxos", "10.4(5) [Maintenance Release]", "10.4(5)");
        assertSame("cisco_xr", "7.9.2 LNT", "7.9.2");
        assertSame("cisco_xr", "6.1.4[Default]", "6.1.4");
        assertSame("mikrotik_routeros", "7.12.2 (stable)", "7.12.2");
        assertSame("cisco_ios", "17.09.04a", "17.9.4a");
        assertSame("ubiquiti_edgerouter", "v2.0.6", "2.0.6");
        assertSame("arista_eos", "4.32.1F-37265360.4321F", "4.32.1F");
        assertSame("juniper_junos", "22.4R3-S2-EVO", "22.4R3-S2");
        assertSame("ruckus_fastiron", "08.0.90T211", "08.0.90T213");
        assertSame("fortinet", "FortiGate-60F v7.4.8,build2795,250523 (GA.M)",
                "FortiGate-61F v7.4.8,build2795,250523 (GA.M)");
    }

    @Test
    void unknownAndNullPlatformsUseTheGenericRule() {
        assertEquals(VersionOrders.generic(), VersionOrders.forPlatform("no_such_platform"));
        assertEquals(VersionOrders.generic(), VersionOrders.forPlatform(null));
        assertEquals(VersionOrders.forPlatform("juniper_junos"), VersionOrders.forPlatform(" Juniper_Junos "));
    }

    @Test
    void directionLabelsAChange() {
        assertEquals(Direction.UPGRADE, VersionOrders.direction("cisco_ios", "17.9.4", "17.9.4a"));
        assertEquals(Direction.DOWNGRADE, VersionOrders.direction("juniper_junos", "22.4R3-S2", "22.4R3"));
        assertEquals(Direction.SAME, VersionOrders.direction("cisco_xr", "7.9.2", "7.9.2 LNT"));
        assertEquals(Direction.UPGRADE, VersionOrders.direction("arista_eos", "4.30.2F", "4.30.10M"));
        assertEquals(Direction.DOWNGRADE, VersionOrders.direction("fortinet",
                "FortiGate-60F v7.4.8,build2795,250523 (GA.M)", "FortiGate-60F v7.2.10,build1706,240718 (GA.M)"));
        assertEquals(Direction.UPGRADE, VersionOrders.direction("mikrotik_routeros", "7.13rc1", "7.13 (stable)"));
        assertEquals(Direction.UPGRADE, VersionOrders.direction("cisco_nxos", null, "9.3(10)"));
        assertEquals(Direction.SAME, VersionOrders.direction("cisco_nxos", null, null));
    }

    private static void assertAscending(String platform, String... versions) {
        VersionOrder order = VersionOrders.forPlatform(platform);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < versions.length; i++) {
            for (int j = 0; j < versions.length; j++) {
                int expected = Integer.compare(i, j);
                int actual = Integer.signum(order.compare(versions[i], versions[j]));
                if (expected != actual) {
                    failures.add(platform + ": compare(" + versions[i] + ", " + versions[j] + ") = " + actual
                            + ", expected " + expected);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        List<String> shuffled = new ArrayList<>(Arrays.asList(versions));
        Collections.reverse(shuffled);
        shuffled.sort(order);
        assertEquals(Arrays.asList(versions), shuffled);
    }

    private static void assertSame(String platform, String a, String b) {
        VersionOrder order = VersionOrders.forPlatform(platform);
        assertEquals(0, order.compare(a, b), platform + ": " + a + " vs " + b);
        assertEquals(0, order.compare(b, a), platform + ": " + b + " vs " + a);
        assertEquals(Direction.SAME, VersionOrders.direction(platform, a, b));
    }
}
