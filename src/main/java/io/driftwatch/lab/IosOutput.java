package io.driftwatch.lab;

/**
 * IOS-XE {@code show version}: the padded "IOS XE Software" line, the IOS line, the uptime and image lines, and
 * for Catalyst 9000 switches the per-switch block and stack table.
 */
final class IosOutput {

    private static final String LEGAL = """
            Technical Support: http://www.cisco.com/techsupport
            Copyright (c) 1986-2023 by Cisco Systems, Inc.
            Compiled Tue 10-Oct-23 12:00 by mcpre


            Cisco IOS-XE software, Copyright (c) 2005-2023 by cisco Systems, Inc.
            All rights reserved.  Certain components of Cisco IOS-XE software are
            licensed under the GNU General Public License ("GPL") Version 2.0.  The
            software code licensed under GPL Version 2.0 is free software that comes
            with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such
            GPL code under the terms of GPL Version 2.0.  For more details, see the
            documentation or "License Notice" file accompanying the IOS-XE software,
            or the applicable URL provided on the flyer accompanying the IOS-XE
            software.


            ROM: IOS-XE ROMMON
            """;

    private static final String EXPORT = """
            Last reload reason: Reload Command



            This product contains cryptographic features and is subject to United
            States and local country laws governing import, export, transfer and
            use. Delivery of Cisco cryptographic products does not imply
            third-party authority to import, export, distribute or use encryption.
            Importers, exporters, distributors and users are responsible for
            compliance with U.S. and local country laws. By using this product you
            agree to comply with applicable laws and regulations. If you are unable
            to comply with U.S. and local laws, return this product immediately.

            A summary of U.S. laws governing Cisco cryptographic products may be found at:
            http://www.cisco.com/wwl/export/crypto/tool/stqrg.html

            If you require further assistance please contact us by sending email to
            export@cisco.com.


            Technology Package License Information:

            ------------------------------------------------------------------------------
            Technology-package                                     Technology-package
            Current                        Type                       Next reboot
            ------------------------------------------------------------------------------
            network-advantage       Smart License                    network-advantage
            dna-advantage           Subscription Smart License       dna-advantage


            Smart Licensing Status: Smart Licensing Using Policy

            """;

    private IosOutput() {
    }

    static String render(LabFacts facts) {
        boolean catalyst = facts.model().startsWith("C9");
        String uptime = UptimeText.cisco(facts.uptimeSeconds());
        String serial = facts.serial() == null ? "" : facts.serial();
        StringBuilder out = new StringBuilder(4096);
        out.append("Cisco IOS XE Software, Version ").append(paddedVersion(facts.version())).append('\n');
        out.append("Cisco IOS Software").append(codename(facts.version()))
                .append(catalyst ? "Catalyst L3 Switch Software (CAT9K_IOSXE)"
                        : "ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M)")
                .append(", Version ").append(facts.version()).append(", RELEASE SOFTWARE (fc2)\n");
        out.append(LEGAL);
        out.append("BOOTLDR: System Bootstrap, Version 17.9.1r[FC2], RELEASE SOFTWARE (P)\n\n");
        out.append(facts.hostname()).append(" uptime is ").append(uptime).append('\n');
        out.append("Uptime for this control processor is ").append(uptime).append('\n');
        out.append("System returned to ROM by Reload Command\n");
        if (facts.image() != null) {
            out.append("System image file is \"")
                    .append(facts.image().indexOf(':') < 0 ? "flash:" : "").append(facts.image()).append("\"\n");
        }
        out.append(EXPORT);
        out.append("cisco ").append(facts.model())
                .append(catalyst ? " (X86) processor with 1331521K/6147K bytes of memory.\n"
                        : " (1RU) processor with 1795979K/6147K bytes of memory.\n");
        out.append("Processor board ID ").append(serial).append('\n');
        if (catalyst) {
            appendSwitchBlock(out, facts, serial);
        } else {
            out.append("3 Gigabit Ethernet interfaces\n")
                    .append("32768K bytes of non-volatile configuration memory.\n")
                    .append("4194304K bytes of physical memory.\n")
                    .append("7341807K bytes of flash memory at bootflash:.\n\n");
        }
        out.append("Configuration register is 0x102\n");
        return out.toString();
    }

    private static void appendSwitchBlock(StringBuilder out, LabFacts facts, String serial) {
        out.append("1 Virtual Ethernet interface\n")
                .append("48 Gigabit Ethernet interfaces\n")
                .append("8 Ten Gigabit Ethernet interfaces\n")
                .append("2048K bytes of non-volatile configuration memory.\n")
                .append("8388608K bytes of physical memory.\n")
                .append("1638400K bytes of Crash Files at crashinfo:.\n")
                .append("11264000K bytes of Flash at flash:.\n\n")
                .append("Base Ethernet MAC Address          : 70:1f:53:0a:1b:00\n")
                .append("Motherboard Assembly Number        : 73-18273-04\n")
                .append("Motherboard Serial Number          : ").append(serial).append('\n')
                .append("Model Revision Number              : C0\n")
                .append("Motherboard Revision Number        : A0\n")
                .append("Model Number                       : ").append(facts.model()).append('\n')
                .append("System Serial Number               : ").append(serial).append("\n\n\n")
                .append("Switch Ports Model              SW Version        SW Image              Mode\n")
                .append("------ ----- -----              ----------        ----------            ----\n")
                .append("*    1 57    ");
        pad(out, facts.model(), 19);
        pad(out, paddedVersion(facts.version()), 18);
        out.append("CAT9K_IOSXE           INSTALL\n\n\n");
    }

    private static void pad(StringBuilder out, String value, int width) {
        out.append(value);
        for (int i = value.length(); i < width; i++) {
            out.append(' ');
        }
        if (value.length() >= width) {
            out.append(' ');
        }
    }

    /** "17.9.4a" as the IOS XE line writes it: "17.09.04a". */
    static String paddedVersion(String version) {
        StringBuilder padded = new StringBuilder(version.length() + 2);
        int partStart = 0;
        int part = 0;
        for (int i = 0; i <= version.length(); i++) {
            if (i == version.length() || version.charAt(i) == '.') {
                if (part > 0 && (partStart + 1 == i || !Character.isDigit(version.charAt(partStart + 1)))) {
                    padded.append('0');
                }
                padded.append(version, partStart, i);
                if (i < version.length()) {
                    padded.append('.');
                }
                partStart = i + 1;
                part++;
            }
        }
        return padded.toString();
    }

    /** Cisco's release names per IOS XE train, printed in brackets on the IOS line. */
    private static String codename(String version) {
        if (version.startsWith("16.9.")) {
            return " [Fuji], ";
        }
        if (version.startsWith("16.12.")) {
            return " [Gibraltar], ";
        }
        if (version.startsWith("17.")) {
            int minorEnd = version.indexOf('.', 3);
            int minor = parseOrZero(version.substring(3, minorEnd < 0 ? version.length() : minorEnd));
            if (minor >= 1 && minor <= 3) {
                return " [Amsterdam], ";
            }
            if (minor >= 4 && minor <= 6) {
                return " [Bengaluru], ";
            }
            if (minor >= 7 && minor <= 9) {
                return " [Cupertino], ";
            }
            if (minor >= 10 && minor <= 12) {
                return " [Dublin], ";
            }
        }
        return ", ";
    }

    private static int parseOrZero(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (!Character.isDigit(c)) {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
