package io.driftwatch.lab;

/**
 * Dell Networking OS9 (formerly Force10 FTOS) {@code show version}. OS9 keeps two boot partitions and boots the one
 * an upgrade was written to, so the image is "system://A" or "system://B". No hostname or serial is shown.
 */
final class Force10Output {

    private Force10Output() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        StringBuilder out = new StringBuilder(900)
                .append("Dell Real Time Operating System Software\n")
                .append("Dell Operating System Version:  2.0\n")
                .append("Dell Application Software Version:  ").append(version).append('\n')
                .append("Copyright (c) 1999-2019 by Dell Inc. All Rights Reserved.\n")
                .append("Build Time: Tue Sep  8 03:51:15 2019\n")
                .append("Build Path: /sites/eqx/work/swbuild01_1/build01/").append(buildTag(version))
                .append("/SW/SRC\n")
                .append("Dell Networking OS uptime is ").append(uptime(facts.uptimeSeconds())).append("\n\n");
        if (facts.image() != null) {
            out.append("System image file is \"").append(facts.image()).append("\"\n\n");
        }
        return out.append("System Type: ").append(facts.model()).append('\n')
                .append("Control Processor: Freescale QorIQ P2020 with 2 Gbytes (2147483648 bytes) of memory, ")
                .append("core(s) 1.\n\n")
                .append("128M bytes of boot flash memory.\n\n")
                .append("  1 52-port GE/TE/FG (SE)\n")
                .append(" 48 Ten GigabitEthernet/IEEE 802.3 interface(s)\n")
                .append("  4 Forty GigabitEthernet/IEEE 802.3 interface(s)\n")
                .toString();
    }

    /** "9.14(2.4)" was built as E9-14-2. */
    private static String buildTag(String version) {
        StringBuilder tag = new StringBuilder(12).append('E');
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c == '.' && version.lastIndexOf('(', i) >= 0) {
                break;
            }
            tag.append(c == '.' || c == '(' ? '-' : c);
        }
        return tag.toString();
    }

    /** "1 week(s), 2 day(s), 9 hour(s), 5 minute(s)": leading zero units left out, hours and minutes always shown. */
    private static String uptime(long seconds) {
        StringBuilder text = new StringBuilder(48);
        if (seconds >= 604_800) {
            text.append(seconds / 604_800).append(" week(s), ");
        }
        if (seconds >= 86_400) {
            text.append(seconds % 604_800 / 86_400).append(" day(s), ");
        }
        return text.append(seconds % 86_400 / 3600).append(" hour(s), ")
                .append(seconds % 3600 / 60).append(" minute(s)").toString();
    }
}
