package io.driftwatch.lab;

/** PAN-OS {@code show system info}: one "key: value" per line, the family following the model. */
final class PanosOutput {

    private PanosOutput() {
    }

    static String render(LabFacts facts) {
        String model = facts.model();
        String family = family(model);
        boolean virtual = "vm".equals(family);
        StringBuilder out = new StringBuilder(1500);
        out.append('\n')
                .append("hostname: ").append(facts.hostname()).append('\n')
                .append("ip-address: 192.0.2.21\n")
                .append("public-ip-address: unknown\n")
                .append("netmask: 255.255.255.0\n")
                .append("default-gateway: 192.0.2.1\n")
                .append("ip-assignment: static\n")
                .append("ipv6-address: unknown\n")
                .append("ipv6-link-local-address: fe80::20c:29ff:fe6d:c67e/64\n")
                .append("mac-address: 00:0c:29:6d:c6:7e\n")
                .append("time: Tue Mar  5 14:02:11 2024\n")
                .append("uptime: ").append(uptime(facts.uptimeSeconds())).append('\n')
                .append("family: ").append(family).append('\n')
                .append("model: ").append(model).append('\n')
                .append("serial: ").append(facts.serial() == null ? "unknown" : facts.serial()).append('\n');
        if (virtual) {
            out.append("vm-mac-base: BA:DB:EE:FB:AD:00\n")
                    .append("vm-mac-count: 255\n")
                    .append("vm-uuid: 564D8B6D-7BDB-75AF-400F-B062016DC67E\n")
                    .append("vm-cpuid: ESX:F1060400FFFB8B1F\n")
                    .append("vm-license: VM-300\n")
                    .append("vm-cap-tier: 9.0 GB\n")
                    .append("vm-cores: 4\n")
                    .append("vm-mem: 9.0 GB\n")
                    .append("vm-mode: VMWare ESXi\n");
        }
        out.append("cloud-mode: non-cloud\n")
                .append("sw-version: ").append(facts.version()).append('\n')
                .append("global-protect-client-package-version: 0.0.0\n")
                .append("device-dictionary-version: 121-511\n")
                .append("device-dictionary-release-date: 2024/02/28 16:21:11 PST\n")
                .append("app-version: 8817-8602\n")
                .append("app-release-date: 2024/02/27 17:02:18 PST\n")
                .append("av-version: 4728-5247\n")
                .append("av-release-date: 2024/03/04 07:10:54 PST\n")
                .append("threat-version: 8817-8602\n")
                .append("threat-release-date: 2024/02/27 17:02:18 PST\n")
                .append("wf-private-version: 0\n")
                .append("wf-private-release-date: unknown\n")
                .append("url-db: paloaltonetworks\n")
                .append("wildfire-version: 0\n")
                .append("wildfire-release-date:\n")
                .append("wildfire-rt: Disabled\n")
                .append("url-filtering-version: 20240305.20153\n")
                .append("global-protect-datafile-version: unknown\n")
                .append("global-protect-datafile-release-date: unknown\n")
                .append("global-protect-clientless-vpn-version: 0\n")
                .append("logdb-version: ").append(logdbVersion(facts.version())).append('\n')
                .append("platform-family: ").append(family).append('\n')
                .append("vpn-disable-mode: off\n")
                .append("multi-vsys: off\n")
                .append("ZTP: Disabled\n")
                .append("operational-mode: normal\n")
                .append("advance-routing: off\n")
                .append("device-certificate-status: Valid\n\n");
        return out.toString();
    }

    /** "PA-3220" is family 3200, "PA-VM" is vm, "PA-440" is 400. */
    private static String family(String model) {
        if (!model.startsWith("PA-") || !Character.isDigit(model.charAt(3))) {
            return "vm";
        }
        int end = 3;
        while (end < model.length() && Character.isDigit(model.charAt(end))) {
            end++;
        }
        StringBuilder family = new StringBuilder(end - 3).append(model, 3, end - 2);
        return family.append("00").toString();
    }

    /** The log database is versioned by the feature release: "10.2.10-h3" keeps "10.2.0". */
    private static String logdbVersion(String version) {
        int second = version.indexOf('.', version.indexOf('.') + 1);
        return (second < 0 ? version : version.substring(0, second)) + ".0";
    }

    /** "2 days, 2:38:49": days (always plural), then h:mm:ss. */
    private static String uptime(long seconds) {
        StringBuilder text = new StringBuilder(24).append(seconds / 86_400).append(" days, ")
                .append(seconds % 86_400 / 3600).append(':');
        twoDigits(text, seconds % 3600 / 60).append(':');
        return twoDigits(text, seconds % 60).toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
