package io.driftwatch.polling;

import java.util.Map;
import java.util.Optional;

/** The command that turns off the pager in an interactive shell, per platform. */
final class PagingCommands {

    private static final Map<String, String> BY_PLATFORM = Map.of(
            "cisco_ios", "terminal length 0",
            "cisco_nxos", "terminal length 0",
            "cisco_xr", "terminal length 0",
            "arista_eos", "terminal length 0",
            // No parser for these yet; kept so adding the platform needs no change here.
            "cisco_asa", "terminal pager 0",
            "juniper_junos", "set cli screen-length 0");

    private PagingCommands() {
    }

    static Optional<String> of(String platform) {
        return Optional.ofNullable(BY_PLATFORM.get(platform));
    }
}
