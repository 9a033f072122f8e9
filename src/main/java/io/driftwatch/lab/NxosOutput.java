package io.driftwatch.lab;

/** NX-OS {@code show version} for a Nexus 9000 in standalone mode. */
final class NxosOutput {

    private static final String HEADER = """
            Cisco Nexus Operating System (NX-OS) Software
            TAC support: http://www.cisco.com/tac
            Copyright (C) 2002-2024, Cisco and/or its affiliates.
            All rights reserved.
            The copyrights to certain works contained in this software are
            owned by other third parties and used and distributed under their own
            licenses, such as open source.  This software is provided "as is," and unless
            otherwise stated, there is no warranty, express or implied, including but not
            limited to warranties of merchantability and fitness for a particular purpose.
            Certain components of this software are licensed under
            the GNU General Public License (GPL) version 2.0 or
            GNU General Public License (GPL) version 3.0  or the GNU
            Lesser General Public License (LGPL) Version 2.1 or
            Lesser General Public License (LGPL) Version 2.0.
            A copy of each such license is available at
            http://www.opensource.org/licenses/gpl-2.0.php and
            http://opensource.org/licenses/gpl-3.0.html and
            http://www.opensource.org/licenses/lgpl-2.1.php and
            http://www.gnu.org/licenses/old-licenses/library.txt.

            Software
              BIOS: version 05.47
            """;

    private static final String FOOTER = """
              Service:

            plugin
              Core Plugin, Ethernet Plugin

            Active Package(s):

            """;

    private NxosOutput() {
    }

    static String render(LabFacts facts) {
        StringBuilder out = new StringBuilder(2600);
        out.append(HEADER);
        out.append("  NXOS: version ").append(facts.version()).append('\n');
        out.append("  BIOS compile time:  04/28/2022\n");
        if (facts.image() != null) {
            out.append("  NXOS image file is: ").append(facts.image()).append('\n');
        }
        out.append("  NXOS compile time:  2/16/2024 12:00:00 [02/16/2024 21:03:18]\n\n\n");
        out.append("Hardware\n");
        out.append("  cisco Nexus9000 ").append(facts.model()).append(" Chassis\n");
        out.append("  Intel(R) Xeon(R) CPU D-1528 @ 1.90GHz with 24569476 kB of memory.\n");
        out.append("  Processor Board ID ").append(facts.serial() == null ? "" : facts.serial()).append("\n\n");
        out.append("  Device name: ").append(facts.hostname()).append('\n');
        out.append("  bootflash:   115805708 kB\n");
        out.append("Kernel uptime is ").append(UptimeText.nxos(facts.uptimeSeconds())).append('\n');
        int bracket = facts.version().indexOf(" [");
        out.append("\nLast reset at 481203 usecs after Sat Mar  2 04:12:55 2024\n")
                .append("  Reason: Reset Requested by CLI command reload\n")
                .append("  System version: ")
                .append(bracket < 0 ? facts.version() : facts.version().substring(0, bracket)).append('\n');
        out.append(FOOTER);
        return out.toString();
    }
}
