package io.driftwatch.lab;

/**
 * ASA {@code show version} on the Firepower-era 5500-X appliances (5506, 5508, 5516): the software line, the boot
 * image, "host up ..." with ASA's two-unit uptime, the hardware line, the license table and the serial.
 */
final class AsaOutput {

    private static final String INTERFACES = """
             1: Ext: GigabitEthernet1/1  : address is 7872.5dce.e58c, irq 255
             2: Ext: GigabitEthernet1/2  : address is 7872.5dce.e58d, irq 255
             3: Ext: GigabitEthernet1/3  : address is 7872.5dce.e58e, irq 255
             4: Ext: GigabitEthernet1/4  : address is 7872.5dce.e58f, irq 255
             5: Ext: GigabitEthernet1/5  : address is 7872.5dce.e590, irq 255
             6: Ext: GigabitEthernet1/6  : address is 7872.5dce.e591, irq 255
             7: Ext: GigabitEthernet1/7  : address is 7872.5dce.e592, irq 255
             8: Ext: GigabitEthernet1/8  : address is 7872.5dce.e593, irq 255
             9: Int: Internal-Data1/1    : address is 7872.5dce.e58b, irq 255
            10: Int: Internal-Data1/2    : address is 0000.0001.0002, irq 0
            11: Int: Internal-Control1/1 : address is 0000.0001.0001, irq 0
            12: Int: Internal-Data1/3    : address is 0000.0001.0003, irq 0
            13: Ext: Management1/1       : address is 7872.5dce.e58b, irq 0

            License mode: Smart Licensing

            Licensed features for this platform:
            Maximum Physical Interfaces       : Unlimited
            Maximum VLANs                     : 150
            Inside Hosts                      : Unlimited
            Failover                          : Active/Active
            Encryption-DES                    : Enabled
            Encryption-3DES-AES               : Enabled
            Security Contexts                 : 2
            Carrier                           : Disabled
            AnyConnect Premium Peers          : 300
            AnyConnect Essentials             : Disabled
            Other VPN Peers                   : 300
            Total VPN Peers                   : 300
            AnyConnect for Mobile             : Disabled
            AnyConnect for Cisco VPN Phone    : Disabled
            Advanced Endpoint Assessment      : Disabled
            Shared License                    : Disabled
            Total TLS Proxy Sessions          : 1000
            Cluster                           : Disabled

            """;

    private static final long[] UNIT_SECONDS = {365 * 86_400L, 86_400, 3600, 60, 1};
    private static final String[] UNIT_NAMES = {"year", "day", "hour", "min", "sec"};

    private AsaOutput() {
    }

    static String render(LabFacts facts) {
        StringBuilder out = new StringBuilder(3200);
        out.append("\nCisco Adaptive Security Appliance Software Version ").append(facts.version()).append('\n')
                .append("Firepower Extensible Operating System Version ").append(fxosBundle(facts.version()))
                .append('\n')
                .append("Device Manager Version 7.18(1)152\n\n")
                .append("Compiled on Wed 15-Nov-23 09:12 GMT by builders\n");
        if (facts.image() != null) {
            out.append("System image file is \"").append(facts.image()).append("\"\n");
        }
        out.append("Config file at boot was \"startup-config\"\n\n");
        out.append(facts.hostname()).append(" up ").append(uptime(facts.uptimeSeconds())).append("\n\n");
        out.append("Hardware:   ").append(facts.model()).append(hardware(facts.model())).append('\n')
                .append("Internal ATA Compact Flash, 8000MB\n")
                .append("BIOS Flash M25P64 @ 0xfed01000, 16384KB\n\n")
                .append("Encryption hardware device : Cisco ASA Crypto on-board accelerator (revision 0x1)\n")
                .append("                             Number of accelerators: 1\n\n");
        out.append(INTERFACES);
        out.append("Serial Number: ").append(facts.serial() == null ? "" : facts.serial()).append("\n\n")
                .append("Image type          : Release\n")
                .append("Key version         : A\n\n")
                .append("Configuration last modified by admin at 14:02:11.318 UTC Tue Mar 5 2024\n");
        return out.toString();
    }

    /** "9.16(4)48" boots disk0:/asa9-16-4-48-lfbff-k8.SPA; single-digit minors run together: asa984-48-... */
    static String image(String version) {
        int dot = version.indexOf('.');
        int open = version.indexOf('(', dot + 1);
        int close = version.indexOf(')', open + 1);
        if (dot < 0 || open < 0 || close < 0) {
            return "disk0:/asa" + version + "-lfbff-k8.SPA";
        }
        StringBuilder name = new StringBuilder(40).append("disk0:/asa").append(version, 0, dot);
        if (open - dot == 2) {
            name.append(version, dot + 1, open).append(version, open + 1, close);
        } else {
            name.append('-').append(version, dot + 1, open).append('-').append(version, open + 1, close);
        }
        if (close < version.length() - 1) {
            name.append('-').append(version, close + 1, version.length());
        }
        return name.append("-lfbff-k8.SPA").toString();
    }

    /** The 5500-X appliances embed a small FXOS whose release tracks the ASA one: 9.9 ships 2.3, 9.16 ships 2.10. */
    private static String fxosBundle(String version) {
        int dot = version.indexOf('.');
        int open = version.indexOf('(', dot + 1);
        int minor = 0;
        for (int i = dot + 1; dot >= 0 && i < open; i++) {
            char c = version.charAt(i);
            if (!Character.isDigit(c)) {
                minor = 0;
                break;
            }
            minor = minor * 10 + (c - '0');
        }
        return minor > 6 ? "2." + (minor - 6) + "(1.141)" : "2.2(1.121)";
    }

    private static String hardware(String model) {
        return switch (model) {
            case "ASA5506" -> ", 4096 MB RAM, CPU Atom C2000 series 1250 MHz, 1 CPU (4 cores)";
            case "ASA5508" -> ", 8192 MB RAM, CPU Atom C2000 series 2000 MHz, 1 CPU (8 cores)";
            default -> ", 8192 MB RAM, CPU Atom C2000 series 2416 MHz, 1 CPU (8 cores)";
        };
    }

    /** "41 days 19 hours": the two largest units from the first non-zero one, as ASA prints them. */
    private static String uptime(long seconds) {
        StringBuilder text = new StringBuilder(24);
        int first = 0;
        while (first < UNIT_SECONDS.length - 1 && seconds < UNIT_SECONDS[first]) {
            first++;
        }
        long rest = seconds;
        for (int i = 0; i < first; i++) {
            rest %= UNIT_SECONDS[i];
        }
        for (int i = first; i < Math.min(first + 2, UNIT_SECONDS.length); i++) {
            long value = rest / UNIT_SECONDS[i];
            rest %= UNIT_SECONDS[i];
            if (i > first) {
                text.append(' ');
            }
            text.append(value).append(' ').append(UNIT_NAMES[i]);
            if (value != 1) {
                text.append('s');
            }
        }
        return text.toString();
    }
}
