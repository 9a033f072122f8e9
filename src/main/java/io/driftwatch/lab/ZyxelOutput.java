package io.driftwatch.lab;

/**
 * Zyxel CPE {@code sys atsh}: the manufacturing-data table, "Label : value" with labels padded to 24. The shell
 * often prints flash-read chatter first; the lab prints it too, since parsers must skip it on real devices.
 */
final class ZyxelOutput {

    private static final String CHATTER = """
            mtd[readflash]:device=reservearea tclen=1 tcoffset=659455
            Unlocking reservearea ...
            Reading from reservearea to /tmp/boot_flag ...\s
            /tmp/boot_flag
            """;

    private ZyxelOutput() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(900)
                .append(CHATTER)
                .append("Firmware Version        : ").append(facts.version()).append('\n')
                .append("Bootbase Version        : V1.49 | 04/28/2023 15:07:34\n")
                .append("Vendor Name             : Zyxel Communications Corp.\n")
                .append("Product Model           : ").append(facts.model()).append('\n')
                .append("Serial Number           : ").append(facts.serial() == null ? "" : facts.serial()).append('\n')
                .append("First MAC Address       : 14360E6D6C30\n")
                .append("Last MAC Address        : 14360E6D6C3F\n")
                .append("MAC Address Quantity    : 16\n")
                .append("Default Country Code    : 00\n")
                .append("Boot Module Debug Flag  : 00\n")
                .append("Kernel Checksum         : 6353591D\n")
                .append("RootFS Checksum         : F50EC1E9\n")
                .append("Romfile Checksum        : 00005A3E\n")
                .append("Main Feature Bits       : 00\n")
                .append("Other Feature Bits      : \n")
                .append("7fc8508a: 04050503 00000100 00000000 00000000\n")
                .append("7fc8509a: 00000000 00000000 00000000\n")
                .toString();
    }
}
