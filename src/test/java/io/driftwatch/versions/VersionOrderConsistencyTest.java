package io.driftwatch.versions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sorting only works if every order is total and consistent, including on strings no family expects: a device can
 * report anything, and one odd string must not make a sort throw or misplace the others.
 */
class VersionOrderConsistencyTest {

    // The platforms of the shared show-version fixtures, plus an unknown one and none at all.
    private static final List<String> PLATFORMS = Arrays.asList("allied_telesis_awplus", "arista_eos",
            "aruba_aoscx", "aruba_os", "avaya_ers", "avaya_vsp", "broadcom_icos", "brocade_fastiron",
            "checkpoint_gaia", "ciena_saos", "cisco_asa", "cisco_fxos", "cisco_ios", "cisco_nvfis", "cisco_nxos",
            "cisco_s300", "cisco_wlc_ssh", "cisco_xr", "dell_force10", "edgecore", "ericsson_ipos", "fortinet",
            "fsas_sir", "hp_procurve", "huawei_ont", "huawei_smartax", "huawei_vrp", "juniper_junos",
            "mikrotik_routeros", "oneaccess_oneos", "paloalto_panos", "ruckus_fastiron", "ubiquiti_edgerouter",
            "ubiquiti_edgeswitch", "zte_zxros", "zyxel_os", "unknown_platform", null);

    // Every version in the shared fixtures, versions of other families, and strings no family can read.
    private static final List<String> VERSIONS = Arrays.asList("x530-5.5.3-0.1.rel", "4.27.6M", "4.28.9M",
            "4.32.1F-37265360.4321F", "FL.10.11.1021", "FL.10.10.1070", "WC.16.05.0007", "v5.3.0.005",
            "VOSS8K.6.0.1.2.GA", "3.2.2.42", "08.0.30hT311", "R77.30", "saos-06-18-00-1848", "9.5(2)204",
            "9.8(3)21", "9.9(2)32", "2.16(0.128)", "15.3(2)S1", "15.8(3)M2", "16.9.3", "16.12.4", "15.2(4.0.55)E",
            "12.4(6)T2", "4.9.1-FC3", "6.1(2)I3(1)", "5.2(1)N1(4)", "7.0(3)I4(3)", "10.4(5) [Maintenance Release]",
            "10.3(6) [Maintenance Release]", "9.3(15)", "1.3.7.18", "7.4.110.0", "6.1.4", "5.3.2", "4.1.0", "6.6.3",
            "7.9.2 LNT", "9.9(0.0)", "1.2.3.6", "20.3.1.803.142", "FortiGate-1500D v6.0.7,build0302,191112 (GA)",
            "FortiGate-60F v7.4.8,build2795,250523 (GA.M)", "7.4.8", "20.00", "20.54", "K.15.06.0017",
            "WC.16.10.0014", "01.01.0.1 SSR", "V300R017C00SPC100B104", "V3R017C00S100", "AB1234C342A123D23",
            "8.180", "5.170", "13.3R1.4", "13.2X51-D35.3", "21.4R3-S3.4", "22.4R3-S2-EVO", "6.48.6 (long-term)",
            "7.12.2 (stable)", "7.13rc1", "OneOS-pCPE-ARM_pi1-6.6.1m3", "7.0.1", "10.2.4-h4", "08.0.90T211",
            "v2.0.6", "1.9.1", "6120H-S V5.10.00.50", "V5.30(ABSB.5)C0", "V5.50(ABPM.9.2)C0",
            "", " ", "---", "unknown", "(stable)", "[Maintenance Release]", "v", "V", "1..2", "1.0", "1.00", "01",
            "99999999999999999999999999.1", "4.30", "22.4", "22.4R", "FortiGate-60F", "build2795", "7.4.8,build",
            "١٢.٣", "17.9.4\n", "  17.9.4  ", "*", "RC1", "beta", null);

    @Test
    void everyOrderIsTotalAndConsistent() {
        for (String platform : PLATFORMS) {
            VersionOrder order = VersionOrders.forPlatform(platform);
            int n = VERSIONS.size();
            int[][] sign = new int[n][n];
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String a = VERSIONS.get(i);
                    String b = VERSIONS.get(j);
                    sign[i][j] = Integer.signum(assertDoesNotThrow(() -> order.compare(a, b),
                            () -> platform + ": compare(" + a + ", " + b + ") threw"));
                }
            }
            for (int i = 0; i < n; i++) {
                if (sign[i][i] != 0) {
                    failures.add("compare(a, a) != 0 for " + VERSIONS.get(i));
                }
                for (int j = 0; j < n; j++) {
                    if (sign[i][j] != -sign[j][i]) {
                        failures.add("not antisymmetric: " + VERSIONS.get(i) + " / " + VERSIONS.get(j));
                    }
                    for (int k = 0; k < n; k++) {
                        if (sign[i][j] <= 0 && sign[j][k] <= 0 && sign[i][k] > 0) {
                            failures.add("not transitive: " + VERSIONS.get(i) + " <= " + VERSIONS.get(j) + " <= "
                                    + VERSIONS.get(k));
                        }
                    }
                }
            }
            assertTrue(failures.isEmpty(), platform + ":\n" + String.join("\n", failures.subList(0,
                    Math.min(20, failures.size()))));
            List<String> sorted = new ArrayList<>(VERSIONS);
            assertDoesNotThrow(() -> sorted.sort(order), platform);
        }
    }
}
