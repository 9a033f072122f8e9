package io.driftwatch.lab;

/** Aruba AOS-CX {@code show system}: "Key : value" lines, keys padded to 19. No boot image is shown here. */
final class AoscxOutput {

    private AoscxOutput() {
    }

    static String render(LabFacts facts) {
        return new StringBuilder(700)
                .append("Hostname           : ").append(facts.hostname()).append('\n')
                .append("System Description : ").append(facts.version()).append('\n')
                .append("System Contact     :\n")
                .append("System Location    :\n\n")
                .append("Vendor             : Aruba\n")
                .append("Product Name       : ").append(facts.model()).append('\n')
                .append("Chassis Serial Nbr : ").append(facts.serial() == null ? "" : facts.serial()).append('\n')
                .append("Base MAC Address   : 001122-334455\n")
                .append("ArubaOS-CX Version : ").append(facts.version()).append("\n\n")
                .append("Time Zone          : UTC\n\n")
                .append("Up Time            : ").append(uptime(facts.uptimeSeconds())).append('\n')
                .append("CPU Util (%)       : 8\n")
                .append("Memory Usage (%)   : 25\n")
                .toString();
    }

    /**
     * "2 weeks, 1 day, 3 hours, 12 minutes": zero units left out, and a device up less than a whole minute past
     * the hour says "under a minute" instead ("2 weeks, 22 hours under a minute").
     */
    static String uptime(long seconds) {
        long[] values = {seconds / 604_800, seconds % 604_800 / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60};
        String[] names = {"week", "day", "hour", "minute"};
        StringBuilder text = new StringBuilder(48);
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                if (text.length() > 0) {
                    text.append(", ");
                }
                text.append(values[i]).append(' ').append(names[i]).append(values[i] == 1 ? "" : "s");
            }
        }
        if (values[3] == 0) {
            text.append(text.length() > 0 ? " under a minute" : "under a minute");
        }
        return text.toString();
    }
}
