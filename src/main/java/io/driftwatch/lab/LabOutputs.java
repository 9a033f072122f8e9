package io.driftwatch.lab;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the version command output a real device of each platform would print for the given facts. Plain
 * string building, no regular expressions: the simulated fleet renders thousands of these per sweep.
 */
public final class LabOutputs {

    private static final Set<String> PLATFORMS = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            "allied_telesis_awplus",
            "arista_eos",
            "aruba_aoscx",
            "aruba_os",
            "avaya_ers",
            "avaya_vsp",
            "broadcom_icos",
            "brocade_fastiron",
            "checkpoint_gaia",
            "ciena_saos",
            "cisco_asa",
            "cisco_fxos",
            "cisco_ios",
            "cisco_nvfis",
            "cisco_nxos",
            "cisco_s300",
            "cisco_wlc_ssh",
            "cisco_xr",
            "dell_force10",
            "edgecore",
            "ericsson_ipos",
            "fortinet",
            "fsas_sir",
            "hp_procurve",
            "huawei_ont",
            "huawei_smartax",
            "huawei_vrp",
            "juniper_junos",
            "mikrotik_routeros",
            "oneaccess_oneos",
            "paloalto_panos",
            "ruckus_fastiron",
            "ubiquiti_edgerouter",
            "ubiquiti_edgeswitch",
            "zte_zxros",
            "zyxel_os")));

    private LabOutputs() {
    }

    /** Supported platform names, sorted, matching the parser registry's names. */
    public static Set<String> platforms() {
        return PLATFORMS;
    }

    /**
     * @throws IllegalArgumentException for a platform not in {@link #platforms()}
     */
    public static String render(String platform, LabFacts facts) {
        return switch (platform) {
            case "allied_telesis_awplus" -> AwplusOutput.render(facts);
            case "arista_eos" -> EosOutput.render(facts);
            case "aruba_aoscx" -> AoscxOutput.render(facts);
            case "aruba_os" -> ArubaOsOutput.render(facts);
            case "avaya_ers" -> ErsOutput.render(facts);
            case "avaya_vsp" -> VspOutput.render(facts);
            case "broadcom_icos" -> IcosOutput.render(facts);
            case "brocade_fastiron" -> FastironOutput.render(facts, FastironOutput.Brand.BROCADE);
            case "checkpoint_gaia" -> GaiaOutput.render(facts);
            case "ciena_saos" -> SaosOutput.render(facts);
            case "cisco_asa" -> AsaOutput.render(facts);
            case "cisco_fxos" -> FxosOutput.render(facts);
            case "cisco_ios" -> IosOutput.render(facts);
            case "cisco_nvfis" -> NfvisOutput.render(facts);
            case "cisco_nxos" -> NxosOutput.render(facts);
            case "cisco_s300" -> S300Output.render(facts);
            case "cisco_wlc_ssh" -> WlcOutput.render(facts);
            case "cisco_xr" -> XrOutput.render(facts);
            case "dell_force10" -> Force10Output.render(facts);
            case "edgecore" -> EdgecoreOutput.render(facts);
            case "ericsson_ipos" -> IposOutput.render(facts);
            case "fortinet" -> FortigateOutput.render(facts);
            case "fsas_sir" -> SirOutput.render(facts);
            case "hp_procurve" -> ProcurveOutput.render(facts);
            case "huawei_ont" -> OntOutput.render(facts);
            case "huawei_smartax" -> SmartaxOutput.render(facts);
            case "huawei_vrp" -> VrpOutput.render(facts);
            case "juniper_junos" -> JunosOutput.render(facts);
            case "mikrotik_routeros" -> RouterosOutput.render(facts);
            case "oneaccess_oneos" -> OneosOutput.render(facts);
            case "paloalto_panos" -> PanosOutput.render(facts);
            case "ruckus_fastiron" -> FastironOutput.render(facts, FastironOutput.Brand.RUCKUS);
            case "ubiquiti_edgerouter" -> EdgerouterOutput.render(facts);
            case "ubiquiti_edgeswitch" -> EdgeswitchOutput.render(facts);
            case "zte_zxros" -> ZxrosOutput.render(facts);
            case "zyxel_os" -> ZyxelOutput.render(facts);
            default -> throw new IllegalArgumentException("unknown lab platform: " + platform);
        };
    }
}
