package io.driftwatch.polling;

import java.util.Map;
import java.util.Optional;

/**
 * The command that turns off the pager in an interactive shell, per platform (the ones network automation tools
 * send). An empty entry means the platform has no one-line command for it; the shell answers its pager prompts
 * instead.
 */
final class PagingCommands {

    private static final Map<String, String> BY_PLATFORM = Map.ofEntries(
            Map.entry("allied_telesis_awplus", "terminal length 0"),
            Map.entry("arista_eos", "terminal length 0"),
            Map.entry("aruba_aoscx", "no page"),
            Map.entry("aruba_os", "no paging"),
            Map.entry("avaya_ers", "terminal length 0"),
            Map.entry("avaya_vsp", "terminal more disable"),
            Map.entry("broadcom_icos", "terminal length 0"),
            Map.entry("brocade_fastiron", "skip-page-display"),
            Map.entry("checkpoint_gaia", "set clienv rows 0"),
            Map.entry("ciena_saos", "system shell session set more off"),
            Map.entry("cisco_asa", "terminal pager 0"),
            Map.entry("cisco_fxos", "terminal length 0"),
            Map.entry("cisco_ios", "terminal length 0"),
            Map.entry("cisco_nvfis", "terminal length 0"),
            Map.entry("cisco_nxos", "terminal length 0"),
            Map.entry("cisco_s300", "terminal datadump"),
            Map.entry("cisco_wlc_ssh", "config paging disable"),
            Map.entry("cisco_xr", "terminal length 0"),
            Map.entry("dell_force10", "terminal length 0"),
            Map.entry("edgecore", "terminal length 0"),
            Map.entry("ericsson_ipos", "terminal length 0"),
            // FortiOS turns paging off only inside a 'config system console' block.
            Map.entry("fortinet", ""),
            Map.entry("fsas_sir", "terminal pager disable"),
            Map.entry("hp_procurve", "no page"),
            Map.entry("huawei_ont", "scroll"),
            Map.entry("huawei_smartax", "scroll"),
            Map.entry("huawei_vrp", "screen-length 0 temporary"),
            Map.entry("juniper_junos", "set cli screen-length 0"),
            Map.entry("mikrotik_routeros", ""),
            Map.entry("oneaccess_oneos", "term len 0"),
            Map.entry("paloalto_panos", "set cli pager off"),
            Map.entry("ruckus_fastiron", "skip-page-display"),
            Map.entry("ubiquiti_edgerouter", "terminal length 0"),
            Map.entry("ubiquiti_edgeswitch", "terminal length 0"),
            Map.entry("zte_zxros", "terminal length 0"),
            Map.entry("zyxel_os", ""));

    private PagingCommands() {
    }

    /** Whether the table has decided for this platform, with a command or with none. */
    static boolean knows(String platform) {
        return BY_PLATFORM.containsKey(platform);
    }

    static Optional<String> of(String platform) {
        String command = BY_PLATFORM.get(platform);
        return command == null || command.isEmpty() ? Optional.empty() : Optional.of(command);
    }
}
