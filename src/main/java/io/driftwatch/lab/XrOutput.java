package io.driftwatch.lab;

/**
 * 64-bit IOS XR {@code show version}. Like the real thing it names neither the host nor the serial: those live in
 * the prompt and in {@code show inventory}.
 */
final class XrOutput {

    private XrOutput() {
    }

    static String render(LabFacts facts) {
        String workspace = switch (facts.model()) {
            case "ASR9K" -> "asr9k-x64";
            case "IOS-XRv 9000" -> "xrv9k";
            default -> "ncs5500";
        };
        return new StringBuilder(700)
                .append("Mon Mar  4 09:14:11.123 UTC\n")
                .append("Cisco IOS XR Software, Version ").append(facts.version()).append('\n')
                .append("Copyright (c) 2013-2023 by Cisco Systems, Inc.\n\n")
                .append("Build Information:\n")
                .append(" Built By     : ingunawa\n")
                .append(" Built On     : Thu Jun 29 03:07:05 PDT 2023\n")
                .append(" Built Host   : iox-ucs-025\n")
                .append(" Workspace    : /auto/srcarchive17/prod/").append(facts.version()).append('/')
                .append(workspace).append("/ws\n")
                .append(" Version      : ").append(facts.version()).append('\n')
                .append(" Location     : /opt/cisco/XR/packages/\n")
                .append(" Label        : ").append(facts.version()).append("\n\n")
                .append("cisco ").append(facts.model()).append(" () processor\n")
                .append("System uptime is ").append(UptimeText.cisco(facts.uptimeSeconds())).append('\n')
                .toString();
    }
}
