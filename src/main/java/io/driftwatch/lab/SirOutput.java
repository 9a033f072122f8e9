package io.driftwatch.lab;

/**
 * Fsas Technologies Si-R {@code show system information}. Si-R keeps two firmware slots and boots the one an upgrade
 * was written to, so the running slot is the image and the other slot still holds the release before. The facts
 * carry no clock, so the current-time and startup-time lines are left out.
 */
final class SirOutput {

    private SirOutput() {
    }

    static String render(LabFacts facts) {
        String version = facts.version();
        String running = facts.image() == null ? "firmware1" : facts.image();
        String previous = LabText.previousRelease("fsas_sir", version);
        boolean first = "firmware1".equals(running);
        StringBuilder out = new StringBuilder(700);
        out.append("System : ").append(facts.model()).append('\n');
        out.append("Serial No. : ").append(facts.serial() == null ? "" : facts.serial()).append('\n');
        out.append("ROM Ver. : U-Boot 2018.03-00086-g4bcc5bcade\n");
        firmware(out.append("Firm Ver. : "), version);
        out.append("Running-firmware : ").append(running).append('\n');
        firmware(out.append("Firmware1 Ver. : "), first ? version : previous);
        firmware(out.append("Firmware2 Ver. : "), first ? previous : version);
        out.append("Startup-config : Tue Dec 31 20:28:25 2024 config1\n");
        out.append("MAC : 68847ebdabf7-68847ebdabff\n");
        out.append("Memory : 320MB\n");
        out.append("USB   : ------\n");
        return out.toString();
    }

    /** "V20.54 NY0115 Wed Nov 15 12:38:13 JST 2023": release, build number, build date. */
    private static void firmware(StringBuilder out, String version) {
        int build = 0;
        for (int i = 0; i < version.length(); i++) {
            if (Character.isDigit(version.charAt(i))) {
                build = build * 10 + (version.charAt(i) - '0');
            }
        }
        String number = Integer.toString(build % 100 * 2 + 1);
        out.append('V').append(version).append(" NY").append("0000", number.length(), 4).append(number);
        out.append(" Wed Nov 15 12:38:13 JST 2023\n");
    }
}
