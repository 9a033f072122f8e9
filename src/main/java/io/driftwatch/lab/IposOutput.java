package io.driftwatch.lab;

/**
 * Ericsson IPOS {@code show version} on the Router 6000 series: the release with its build, the boot chain, and
 * "Router Up Time". Neither host, model nor serial is printed.
 */
final class IposOutput {

    private IposOutput() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(1200)
                .append("\nEricsson IPOS Version IPOS-v").append(facts.version()).append("-Release\n")
                .append("Built by spradmin@ericsson Tue Dec 15 12:49:29 CET 2023\n")
                .append("Copyright (C) 1998-2023, Ericsson AB. All rights reserved.\n")
                .append("Operating System version is Linux 3.14.65-mvista\n")
                .append("System Bootstrap version is CXC1740316_1-R11A01(K0000I0000)\n")
                .append("There is no minikernel currently installed\n")
                .append("Secure Boot mode: PRODUCTION\n")
                .append("Minimal Key Revision is 0, images have 0\n")
                .append("Minimal Security Revision is 0, images have 0\n")
                .append("Kernel version is Linux-3.14-CXC1740317_1-R11A02(K0000I0000)\n")
                .append("Golden Bootstrap version is CXC1740316_1-R1A08(KFFFFIFFFF)\n")
                .append("Golden SBI version is CXC1740314_1-R1A03\n")
                .append("Primary SBI version is CXC1740314_1-R11A01(K0000I0000)\n")
                .append("FPGA version is CXC 174 0318/2  -R5C07\n")
                .append("CHIMP version is 1.0\n\n")
                .append("slad / mloam-service-layer component version: 0.0.0\n")
                .append("Built by nobody Sat Jan 1 00:00:00 UTC 2000\n")
                .append("Copyright (C) 1998-2023, Ericsson AB. All rights reserved.\n")
                .append("Router Up Time -  ").append(uptime(facts.uptimeSeconds())).append('\n')
                .toString();
    }

    /** "3 days 10 hours 48 minutes 41 seconds": leading zero units dropped, the rest kept. */
    private static String uptime(long seconds) {
        long[] values = {seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60};
        String[] names = {" day", " hour", " minute", " second"};
        StringBuilder text = new StringBuilder(48);
        for (int i = 0; i < values.length; i++) {
            if (text.length() == 0 && values[i] == 0 && i < values.length - 1) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(values[i]).append(names[i]);
            if (values[i] != 1) {
                text.append('s');
            }
        }
        return text.toString();
    }
}
