package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_ios_show_version.textfsm, Apache-2.0.
class CiscoIosParserTest {

    private final CiscoIosParser parser = new CiscoIosParser();

    @Test
    void readsAClassicIosRouter() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco IOS Software, C2900 Software (C2900-UNIVERSALK9-M), Version 15.2(4)M7, RELEASE SOFTWARE (fc2)
                Technical Support: http://www.cisco.com/techsupport
                Copyright (c) 1986-2014 by Cisco Systems, Inc.
                Compiled Thu 25-Sep-14 10:36 by prod_rel_team

                ROM: System Bootstrap, Version 15.0(1r)M16, RELEASE SOFTWARE (fc1)

                branch-rtr-7 uptime is 2 weeks, 3 days, 4 hours, 5 minutes
                System returned to ROM by power-on
                System image file is "flash0:c2900-universalk9-mz.SPA.152-4.M7.bin"
                Last reload type: Normal Reload

                Cisco CISCO2911/K9 (revision 1.0) with 487424K/36864K bytes of memory.
                Processor board ID FTX1840ALBY
                3 Gigabit Ethernet interfaces
                255K bytes of non-volatile configuration memory.

                Configuration register is 0x2102

                branch-rtr-7#""");

        assertEquals(new ParsedVersion("15.2(4)M7", "CISCO2911/K9", "FTX1840ALBY", "branch-rtr-7",
                "2 weeks, 3 days, 4 hours, 5 minutes", "c2900-universalk9-mz.SPA.152-4.M7.bin", List.of()), parsed);
    }

    @Test
    void readsEveryMemberOfACatalystStack() throws OutputParseException {
        ParsedVersion parsed = parser
                .parse("""
                        Cisco IOS XE Software, Version 17.09.04a
                        Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE (fc3)
                        Technical Support: http://www.cisco.com/techsupport

                        ROM: IOS-XE ROMMON
                        BOOTLDR: System Bootstrap, Version 17.9.1r[FC2], RELEASE SOFTWARE (P)

                        access-sw-3 uptime is 1 year, 2 days, 1 hour, 1 minute
                        Uptime for this control processor is 1 year, 2 days, 1 hour, 3 minutes
                        System image file is "flash:packages.conf"

                        cisco C9300-48P (X86) processor with 1338934K/6147K bytes of memory.
                        Processor board ID FOC2338X0AB
                        2048K bytes of non-volatile configuration memory.

                        Base Ethernet MAC Address          : 70:1f:53:aa:bb:00
                        Model Revision Number              : C0
                        Model Number                       : C9300-48P
                        System Serial Number               : FOC2338X0AB

                        Switch Ports Model              SW Version        SW Image              Mode
                        ------ ----- -----              ----------        ----------            ----
                        *    1 65    C9300-48P          17.09.04a         CAT9K_IOSXE           INSTALL
                             2 41    C9300-24T          17.09.04a         CAT9K_IOSXE           INSTALL

                        Switch 02
                        ---------
                        Switch uptime                      : 1 year, 2 days, 1 hour, 4 minutes
                        Base Ethernet MAC Address          : 70:1f:53:cc:dd:00
                        Model Number                       : C9300-24T
                        System Serial Number               : FOC2339Y1CD

                        Configuration register is 0x102
                        """);

        assertEquals("17.9.4a", parsed.version());
        assertEquals("C9300-48P", parsed.model());
        assertEquals("FOC2338X0AB", parsed.serial());
        assertEquals("access-sw-3", parsed.hostname());
        assertEquals("1 year, 2 days, 1 hour, 1 minute", parsed.uptime());
        assertEquals("packages.conf", parsed.image());
        assertEquals(List.of(new ParsedVersion.Member("C9300-48P", "FOC2338X0AB"),
                new ParsedVersion.Member("C9300-24T", "FOC2339Y1CD")), parsed.members());
    }

    @Test
    void takesTheModelFromTheMemberBlockWhenTheProcessorLineIsNotCisco() throws OutputParseException {
        ParsedVersion parsed = parser
                .parse("""
                        Cisco IOS XE Software, Version 17.12.04
                        Cisco IOS Software [Dublin], S5200 Switch Software (S5200-UNIVERSALK9-M), Version 17.12.4, RELEASE SOFTWARE (fc3)
                        plant-sw-2 uptime is 6 days, 17 hours, 32 minutes
                        Allen-Bradley 1783-CMS20DP (ARM) processor (revision V02) with 638793K/6147K bytes of memory.
                        Model Number                       : 1783-CMS20DP
                        System Serial Number               : ABC1234X
                        """);

        assertEquals("1783-CMS20DP", parsed.model());
        assertEquals("ABC1234X", parsed.serial());
    }

    @Test
    void readsOldIosTrainsAndCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Cisco Internetwork Operating System Software \r\n"
                + "IOS (tm) C2600 Software (C2600-IK9O3S3-M), Version 12.3(6), RELEASE SOFTWARE (fc3)\r\n"
                + "\r\n"
                + "\tedge-1 uptime is 45 weeks, 2 days, 23 hours, 10 minutes\r\n"
                + "System image file is \"flash:c2600-ik9o3s3-mz.123-6.bin\"\r\n"
                + "cisco 2621XM (MPC860P) processor (revision 0x100) with 125952K/5120K bytes of memory.\r\n"
                + "Processor board ID JAE08160ABC (1234567890)\r\n"
                + "Configuration register is 0x2102");

        assertEquals("12.3(6)", parsed.version());
        assertEquals("2621XM", parsed.model());
        assertEquals("JAE08160ABC", parsed.serial());
        assertEquals("edge-1", parsed.hostname());
        assertEquals("45 weeks, 2 days, 23 hours, 10 minutes", parsed.uptime());
        assertEquals("c2600-ik9o3s3-mz.123-6.bin", parsed.image());
        assertTrue(parsed.members().isEmpty());
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("% Invalid input detected at '^' marker.\nrouter#"));
        assertTrue(e.getMessage().contains("Version"), e.getMessage());
    }

    @Test
    void readsAnySoftwareImageVersionLine() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco Internetwork Operating System Software
                IOS-XE Software, C3900 Software (C3900-UNIVERSALK9-M), Version 15.2(4)M6a, CUST-SPECIAL:V152_4_M6A
                ROM: System Bootstrap, Version 15.0(1r)M15, RELEASE SOFTWARE (fc1)
                r1 uptime is 1 year, 2 weeks, 3 days, 4 hours, 5 minutes
                system image file is "usbflash0:c3900-universalk9-mz.SPA.152-4.M6a.bin"
                Last reload reason: power-on
                Cisco CISCO3945-CHASSIS (revision 1.1) with C3900-SPE150/K9 with 2027264K/69632K bytes of memory.
                processor board ID FGL1234ABCD
                Configuration register is 0x2102
                """);

        assertEquals("15.2(4)M6a", parsed.version());
        assertEquals("CISCO3945-CHASSIS", parsed.model());
        assertEquals("FGL1234ABCD", parsed.serial());
        assertEquals("r1", parsed.hostname());
        assertEquals("1 year, 2 weeks, 3 days, 4 hours, 5 minutes", parsed.uptime());
        assertEquals("c3900-universalk9-mz.SPA.152-4.M6a.bin", parsed.image());
    }

    @Test
    void readsAHardwareLineWithoutProcessorOrWith() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E3, RELEASE SOFTWARE (fc3)
                cisco WS-C2960X-48FPD-L (APM86XXX) rev A0, 524288K bytes of memory.
                """);

        assertEquals("WS-C2960X-48FPD-L", parsed.model());
    }

    @Test
    void pairsStackMembersInOrderWhicheverLineComesFirst() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco IOS Software, C3750E Software (C3750E-UNIVERSALK9-M), Version 15.0(2)SE11, RELEASE SOFTWARE (fc3)
                sw1 uptime is 2 days, 3 hours, 4 minutes
                cisco WS-C3750X-48P (PowerPC405) processor (revision W0) with 262144K bytes of memory.
                Processor board ID FDO1111A111
                Model number                    : WS-C3750X-48P
                System serial number            : FDO1111A111

                Switch 02
                ---------
                Switch Uptime                   : 2 days, 3 hours, 1 minute
                Base ethernet MAC Address       : 00:11:22:33:44:80
                System Serial Number            : FDO2222B222
                Model Number                    : WS-C3750X-24P
                """);

        assertEquals(List.of(new ParsedVersion.Member("WS-C3750X-48P", "FDO1111A111"),
                new ParsedVersion.Member("WS-C3750X-24P", "FDO2222B222")), parsed.members());
    }
}
