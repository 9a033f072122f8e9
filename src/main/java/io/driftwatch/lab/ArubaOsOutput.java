package io.driftwatch.lab;

/**
 * ArubaOS 8 mobility controller {@code show version}: the model sits in the "ArubaOS (MODEL: ...)" line next to the
 * release, then the build stamp and the uptime. Controllers print no hostname, serial or image here.
 */
final class ArubaOsOutput {

    private static final String HARDWARE = """
            Supervisor Card
            Processor (XLP208 Rev A1 (Secure Boot) , 1000 MHz) with 3870M bytes of memory.
            32K bytes of non-volatile configuration memory.
            7920M bytes of Supervisor Card System flash (model=NANDFLASH 8GB).
            """;

    private ArubaOsOutput() {
    }

    static String render(LabFacts facts) {
        long seconds = facts.uptimeSeconds();
        StringBuilder out = new StringBuilder(800)
                .append("Aruba Operating System Software.\n")
                .append("ArubaOS (MODEL: ").append(facts.model()).append("), Version ").append(facts.version())
                .append('\n')
                .append("Website: http://www.arubanetworks.com\n")
                .append("(c) Copyright 2023 Hewlett Packard Enterprise Development LP.\n")
                .append("Compiled on 2023-10-20 at 19:09:30 UTC (build 88720) by p4build\n")
                .append("ROM: System Bootstrap, Version CPBoot 1.2.1.0 (build 68015)\n")
                .append("FIPS Mode :disabled\n\n")
                .append("Switch uptime is ");
        if (seconds >= 86_400) {
            out.append(seconds / 86_400).append(" days ");
        }
        out.append(seconds % 86_400 / 3600).append(" hours ")
                .append(seconds % 3600 / 60).append(" minutes ")
                .append(seconds % 60).append(" seconds\n")
                .append("Reboot Cause: User reboot.\n")
                .append(HARDWARE);
        return out.toString();
    }
}
