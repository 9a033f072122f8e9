package io.driftwatch.lab;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Renders the version command output a real device of each platform would print for the given facts. Plain
 * string building, no regular expressions: the simulated fleet renders thousands of these per sweep.
 */
public final class LabOutputs {

    /** One renderer per platform; the key set is the list of platforms, so the two cannot disagree. */
    private static final Map<String, Function<LabFacts, String>> RENDERERS = new TreeMap<>(Map.ofEntries(
            Map.entry("allied_telesis_awplus", facts -> AwplusOutput.render(facts)),
            Map.entry("arista_eos", facts -> EosOutput.render(facts)),
            Map.entry("aruba_aoscx", facts -> AoscxOutput.render(facts)),
            Map.entry("aruba_os", facts -> ArubaOsOutput.render(facts)),
            Map.entry("avaya_ers", facts -> ErsOutput.render(facts)),
            Map.entry("avaya_vsp", facts -> VspOutput.render(facts)),
            Map.entry("broadcom_icos", facts -> IcosOutput.render(facts)),
            Map.entry("brocade_fastiron", facts -> FastironOutput.render(facts, FastironOutput.Brand.BROCADE)),
            Map.entry("checkpoint_gaia", facts -> GaiaOutput.render(facts)),
            Map.entry("ciena_saos", facts -> SaosOutput.render(facts)),
            Map.entry("cisco_asa", facts -> AsaOutput.render(facts)),
            Map.entry("cisco_fxos", facts -> FxosOutput.render(facts)),
            Map.entry("cisco_ios", facts -> IosOutput.render(facts)),
            Map.entry("cisco_nvfis", facts -> NfvisOutput.render(facts)),
            Map.entry("cisco_nxos", facts -> NxosOutput.render(facts)),
            Map.entry("cisco_s300", facts -> S300Output.render(facts)),
            Map.entry("cisco_wlc_ssh", facts -> WlcOutput.render(facts)),
            Map.entry("cisco_xr", facts -> XrOutput.render(facts)),
            Map.entry("dell_force10", facts -> Force10Output.render(facts)),
            Map.entry("edgecore", facts -> EdgecoreOutput.render(facts)),
            Map.entry("ericsson_ipos", facts -> IposOutput.render(facts)),
            Map.entry("fortinet", facts -> FortigateOutput.render(facts)),
            Map.entry("fsas_sir", facts -> SirOutput.render(facts)),
            Map.entry("hp_procurve", facts -> ProcurveOutput.render(facts)),
            Map.entry("huawei_ont", facts -> OntOutput.render(facts)),
            Map.entry("huawei_smartax", facts -> SmartaxOutput.render(facts)),
            Map.entry("huawei_vrp", facts -> VrpOutput.render(facts)),
            Map.entry("juniper_junos", facts -> JunosOutput.render(facts)),
            Map.entry("mikrotik_routeros", facts -> RouterosOutput.render(facts)),
            Map.entry("oneaccess_oneos", facts -> OneosOutput.render(facts)),
            Map.entry("paloalto_panos", facts -> PanosOutput.render(facts)),
            Map.entry("ruckus_fastiron", facts -> FastironOutput.render(facts, FastironOutput.Brand.RUCKUS)),
            Map.entry("ubiquiti_edgerouter", facts -> EdgerouterOutput.render(facts)),
            Map.entry("ubiquiti_edgeswitch", facts -> EdgeswitchOutput.render(facts)),
            Map.entry("zte_zxros", facts -> ZxrosOutput.render(facts)),
            Map.entry("zyxel_os", facts -> ZyxelOutput.render(facts))));

    private LabOutputs() {
    }

    /** Supported platform names, sorted, matching the parser registry's names. */
    public static Set<String> platforms() {
        return java.util.Collections.unmodifiableSet(RENDERERS.keySet());
    }

    /**
     * @throws IllegalArgumentException for a platform not in {@link #platforms()}
     */
    public static String render(String platform, LabFacts facts) {
        Function<LabFacts, String> renderer = RENDERERS.get(platform);
        if (renderer == null) {
            throw new IllegalArgumentException("unknown lab platform: " + platform);
        }
        return renderer.apply(facts);
    }
}
