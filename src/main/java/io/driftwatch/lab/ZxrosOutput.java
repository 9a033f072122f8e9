package io.driftwatch.lab;

/**
 * ZXROS {@code show version} on ZXCTN packet transport routers: the product line, the software line (whose version
 * the device prefixes with the model, "6120H-S V5.10.00.50"; the lab's version is the "V5..." part), the boot set
 * file, the uptime and one block per board.
 */
final class ZxrosOutput {

    private ZxrosOutput() {
    }

    static String render(LabFacts facts) {
        String uptime = uptime(facts.uptimeSeconds());
        StringBuilder out = new StringBuilder(1600)
                .append("ZXCTN ").append(facts.model()).append('\n')
                .append("ZTE ZXCTN Software, Version: ")
                .append(facts.model()).append(' ').append(facts.version())
                .append(", Release software\n")
                .append("Copyright (c) 2023 by ZTE Corporation\n");
        if (facts.image() != null) {
            out.append("System image file is <sysdisk0: ").append(facts.image())
                    .append(">, file size is 629,753,128 Bytes\n")
                    .append("System image is loaded from local\n");
        }
        out.append("System uptime is ").append(uptime).append("\n\n")
                .append("[SMGD, shelf 1, slot 1]:\n")
                .append("Board Name        : SMGD\n")
                .append("Description       : ").append(facts.model()).append(" System Main Board D\n")
                .append("Board License     : LCS\n")
                .append("System BaudRate   : 115,200 bps\n")
                .append("MPU-1/1/0, MSC:\n")
                .append("Bootrom Version :  V5.10.00B21\n")
                .append("Soft Version    :  N/A\n")
                .append("Creation Date   :  2023/10/20 14:05:00\n")
                .append("System Nvram    :  8,192 bytes\n")
                .append("System Memory   :  8,192 Mbytes\n")
                .append("System Flash    :  0 Mbytes\n")
                .append("Uptime is ").append(uptime).append("\n\n")
                .append("[FAN, shelf 1, slot 2]:\n")
                .append("Board Name        : FAN\n")
                .append("Description       : Fan Control Board\n")
                .append("Board License     : N/A\n")
                .append("FCP-1/2/0:\n")
                .append("Bootrom Version :  N/A\n")
                .append("Soft Version    :  N/A\n")
                .append("Creation Date   :  N/A\n")
                .append("System Nvram    :  0 bytes\n")
                .append("System Memory   :  0 Mbytes\n")
                .append("System Flash    :  0 Mbytes\n")
                .append("Uptime is N/A\n\n");
        return out.toString();
    }

    /**
     * The set file the boards boot, named for the release with its build, without the storage device (the parser
     * drops it: boards holding the same file name it differently).
     */
    static String image(String version) {
        return "verset/ZXCTN_" + version + "B03.set";
    }

    /** "23 day(s), 10 hour(s), 59 minute(s)": no seconds, unlike NX-OS. */
    private static String uptime(long seconds) {
        return new StringBuilder(40)
                .append(seconds / 86_400).append(" day(s), ")
                .append(seconds % 86_400 / 3600).append(" hour(s), ")
                .append(seconds % 3600 / 60).append(" minute(s)")
                .toString();
    }
}
