package io.driftwatch.lab;

/**
 * Huawei VRP {@code display version}. The lab's version is the VRP version ("5.170", "8.180") the parser reports;
 * the product release in brackets follows from it. AR routers say "Huawei ... Router" and count uptime in weeks,
 * the VRP8 carrier boxes say "HUAWEI ..." and count days.
 */
final class VrpOutput {

    private VrpOutput() {
    }

    static String render(LabFacts facts) {
        String model = facts.model();
        boolean ar = model.startsWith("AR");
        String uptime = ar ? weeksUptime(facts.uptimeSeconds()) : daysUptime(facts.uptimeSeconds());
        StringBuilder out = new StringBuilder(1200)
                .append("Huawei Versatile Routing Platform Software\n")
                .append("VRP (R) software, Version ").append(facts.version())
                .append(" (").append(model).append(' ').append(release(facts.version())).append(")\n");
        if (ar) {
            out.append("Copyright (C) 2011-2022 HUAWEI TECH CO., LTD\n")
                    .append("Huawei ").append(model).append(" Router uptime is ").append(uptime).append('\n')
                    .append("BKP 0 version information:\n")
                    .append("1. PCB      Version  : AR01BAK2B VER.A\n")
                    .append("2. If Supporting PoE : Yes\n")
                    .append("3. Board    Type     : ").append(model).append('\n')
                    .append("4. MPU Slot Quantity : 1\n")
                    .append("5. LPU Slot Quantity : 8\n\n")
                    .append("MPU 0(Master) : uptime is ").append(uptime).append('\n')
                    .append("SDRAM Memory Size    : 4096    M bytes\n")
                    .append("Flash 0 Memory Size  : 2048    M bytes\n")
                    .append("MPU version information :\n")
                    .append("1. PCB      Version  : AR-SRU VER.A\n")
                    .append("2. MAB      Version  : 1\n")
                    .append("3. Board    Type     : ").append(model).append('\n')
                    .append("4. CPLD0    Version  : 124\n")
                    .append("5. BootROM  Version  : 1\n");
        } else {
            out.append("Copyright (C) 2012-2022 Huawei Technologies Co., Ltd.\n")
                    .append("HUAWEI ").append(model).append(" uptime is ").append(uptime).append("\n\n")
                    .append(model).append(" version information:\n")
                    .append("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n")
                    .append("MPU version information:\n\n")
                    .append("MPU (Master) 9  : uptime is ").append(uptime).append('\n')
                    .append("  StartupTime   2024/02/24   17:20:13\n")
                    .append("  SDRAM Memory Size   : 16384M bytes\n")
                    .append("  FLASH Memory Size   : 1024M bytes\n")
                    .append("  PCB         Version : CR57SRUA REV B\n")
                    .append("  EPLD        Version : V120\n")
                    .append("  BootROM     Version : 08.84\n")
                    .append("  Software    Version : Version ").append(facts.version()).append(" RELEASE 0001\n");
        }
        return out.toString();
    }

    /** The product release each VRP version shipped in, as the bracket after the version names it. */
    private static String release(String vrpVersion) {
        return switch (vrpVersion) {
            case "5.130" -> "V200R003C00SPC300";
            case "5.150" -> "V200R005C20SPC200";
            case "5.160" -> "V200R010C00SPC700";
            case "5.170" -> "V300R019C10SPC300";
            case "8.130" -> "V800R007C10SPC200";
            case "8.150" -> "V800R008C10SPC300";
            case "8.160" -> "V800R009C10SPC200";
            case "8.180" -> "V800R010C10SPC500";
            case "8.190" -> "V800R011C00SPC100";
            case "8.200" -> "V800R012C00SPC300";
            default -> "V800R013C00SPC100";
        };
    }

    /** "60 weeks, 4 days, 11 hours, 20 minutes", VRP5 writing "0 week, 0 day" for zero units. */
    private static String weeksUptime(long seconds) {
        StringBuilder text = new StringBuilder(48);
        unit(text, seconds / 604_800, "week").append(", ");
        unit(text, seconds % 604_800 / 86_400, "day").append(", ");
        unit(text, seconds % 86_400 / 3600, "hour").append(", ");
        return unit(text, seconds % 3600 / 60, "minute").toString();
    }

    /** "358 days, 16 hours, 59 minutes". */
    private static String daysUptime(long seconds) {
        StringBuilder text = new StringBuilder(40);
        unit(text, seconds / 86_400, "day").append(", ");
        unit(text, seconds % 86_400 / 3600, "hour").append(", ");
        return unit(text, seconds % 3600 / 60, "minute").toString();
    }

    private static StringBuilder unit(StringBuilder text, long value, String name) {
        text.append(value).append(' ').append(name);
        return value > 1 ? text.append('s') : text;
    }
}
