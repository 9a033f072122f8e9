package io.driftwatch.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.parsing.OutputParseException;
import io.driftwatch.parsing.ParsedVersion;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.VersionParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the lab renders must come back unchanged through the product's own parsers. */
class LabOutputsTest {

    // Facts the real version command does not print, so a faithful rendering cannot carry them.
    // One platform a line, sorted, so platforms added side by side merge cleanly.
    private static final Set<String> NO_MODEL = Set.of(
            "avaya_vsp",
            "checkpoint_gaia",
            "ciena_saos",
            "cisco_fxos",
            "cisco_nvfis",
            "cisco_s300",
            "cisco_wlc_ssh",
            "edgecore",
            "ericsson_ipos",
            "hp_procurve",
            "huawei_ont",
            "oneaccess_oneos");
    private static final Set<String> NO_HOSTNAME = Set.of(
            "arista_eos",
            "aruba_os",
            "avaya_vsp",
            "broadcom_icos",
            "brocade_fastiron",
            "checkpoint_gaia",
            "ciena_saos",
            "cisco_fxos",
            "cisco_nvfis",
            "cisco_s300",
            "cisco_xr",
            "dell_force10",
            "edgecore",
            "ericsson_ipos",
            "fsas_sir",
            "huawei_ont",
            "huawei_smartax",
            "huawei_vrp",
            "mikrotik_routeros",
            "oneaccess_oneos",
            "ruckus_fastiron",
            "ubiquiti_edgerouter",
            "ubiquiti_edgeswitch",
            "zte_zxros",
            "zyxel_os");
    private static final Set<String> NO_SERIAL = Set.of(
            "aruba_os",
            "avaya_vsp",
            "checkpoint_gaia",
            "ciena_saos",
            "cisco_fxos",
            "cisco_nvfis",
            "cisco_s300",
            "cisco_wlc_ssh",
            "cisco_xr",
            "dell_force10",
            "ericsson_ipos",
            "huawei_ont",
            "huawei_smartax",
            "huawei_vrp",
            "juniper_junos",
            "mikrotik_routeros",
            "zte_zxros");
    private static final Set<String> NO_IMAGE = Set.of(
            "allied_telesis_awplus",
            "arista_eos",
            "aruba_aoscx",
            "aruba_os",
            "avaya_ers",
            "avaya_vsp",
            "broadcom_icos",
            "checkpoint_gaia",
            "cisco_fxos",
            "cisco_nvfis",
            "cisco_s300",
            "cisco_wlc_ssh",
            "cisco_xr",
            "edgecore",
            "ericsson_ipos",
            "fortinet",
            "hp_procurve",
            "huawei_ont",
            "huawei_smartax",
            "huawei_vrp",
            "juniper_junos",
            "mikrotik_routeros",
            "oneaccess_oneos",
            "paloalto_panos",
            "ubiquiti_edgerouter",
            "ubiquiti_edgeswitch",
            "zyxel_os");

    private final ParserRegistry registry = ParserRegistry.standard();

    @Test
    void everyRenderedOutputParsesBackToItsFacts() throws OutputParseException {
        assertEquals(registry.platforms(), LabOutputs.platforms(), "the lab plays every platform Driftwatch parses");
        for (String platform : LabOutputs.platforms()) {
            VersionParser parser = registry.find(platform).orElseThrow();
            List<String> models = LabCatalog.models(platform);
            List<String> train = LabCatalog.versionTrain(platform);
            assertTrue(models.size() >= 3, platform + " needs several models");
            assertTrue(train.size() >= 6 && train.size() <= 10, platform + " train has " + train.size() + " versions");
            for (String version : train) {
                for (String model : List.of(models.get(0), models.get(models.size() - 1))) {
                    LabFacts facts = new LabFacts("lab-" + platform.replace('_', '-') + "-07", version, model,
                            "FDO2231X0QZ", 3 * 86_400 * 7 + 5 * 3600 + 61, LabCatalog.image(platform, version));
                    String output = LabOutputs.render(platform, facts);
                    ParsedVersion parsed = parser.parse(output);
                    String where = platform + " " + version + " " + model;

                    assertEquals(LabCatalog.reportedVersion(platform, model, version), parsed.version(), where);
                    if (!NO_MODEL.contains(platform)) {
                        assertEquals(model, parsed.model(), where);
                    }
                    if (!NO_HOSTNAME.contains(platform)) {
                        assertEquals(facts.hostname(), parsed.hostname(), where);
                    }
                    if (!NO_SERIAL.contains(platform)) {
                        assertEquals(facts.serial(), parsed.serial(), where);
                    }
                    if (!NO_IMAGE.contains(platform)) {
                        assertEquals(facts.image(), parsed.image(), where);
                    }
                    assertTrue(output.endsWith("\n"), where);
                }
            }
        }
    }

    @Test
    void printsUptimeTheWayEachVendorDoes() throws OutputParseException {
        long uptime = 400L * 86_400 + 3 * 3600 + 60;
        assertEquals("1 year, 5 weeks, 3 hours, 1 minute", parse("cisco_ios", uptime).uptime());
        assertEquals("400 day(s), 3 hour(s), 1 minute(s), 0 second(s)", parse("cisco_nxos", uptime).uptime());
        assertEquals("1 year, 5 weeks, 3 hours, 1 minute", parse("cisco_xr", uptime).uptime());
        assertEquals("57 weeks, 1 day, 3 hours and 1 minute", parse("arista_eos", uptime).uptime());
        assertEquals("2 hours and 0 minutes", parse("arista_eos", 7200).uptime());
        assertEquals("0 minutes", parse("cisco_ios", 30).uptime());
        assertEquals("1 year 35 days", parse("cisco_asa", uptime).uptime());
        assertEquals("2 hours 0 mins", parse("cisco_asa", 7200).uptime());
        assertEquals("400 days 3 hrs 1 mins 0 secs", parse("cisco_wlc_ssh", uptime).uptime());
        assertEquals("400 days, 3:01:00", parse("paloalto_panos", uptime).uptime());
        assertEquals("57w1d3h1m", parse("mikrotik_routeros", uptime).uptime());
        assertEquals("0s", parse("mikrotik_routeros", 0).uptime());
        assertEquals("16:17:57 up 400 days,  3:01,  1 user,  load average: 0.09, 0.06, 0.01",
                parse("ubiquiti_edgerouter", uptime).uptime());
        assertEquals("400 days, 3 hours, 1 minute", parse("huawei_vrp", uptime).uptime());
        assertEquals("400 day(s), 3 hour(s), 1 minute(s), 0 second(s)", parse("huawei_smartax", uptime).uptime());
        assertEquals("400 day(s), 3 hour(s), 1 minute(s)", parse("zte_zxros", uptime).uptime());
        assertEquals("400 days 3 hours 1 minute 0 seconds", parse("ericsson_ipos", uptime).uptime());
        assertEquals("1 hour 0 minutes 0 seconds", parse("ericsson_ipos", 3600).uptime());
    }

    @Test
    void printsSwitchVendorsUptimeTheirOwnWay() throws OutputParseException {
        long uptime = 400L * 86_400 + 3 * 3600 + 60;
        assertEquals("57 weeks, 1 day, 3 hours, 1 minute", parse("aruba_aoscx", uptime).uptime());
        assertEquals("2 weeks, 22 hours under a minute", parse("aruba_aoscx", 14L * 86_400 + 22 * 3600 + 5).uptime());
        assertEquals("400 days 3 hours 1 minutes 0 seconds", parse("aruba_os", uptime).uptime());
        assertEquals("400 days 03:01:00", parse("allied_telesis_awplus", uptime).uptime());
        assertEquals("400 days, 03:01:00", parse("avaya_ers", uptime).uptime());
        assertEquals("400 day(s) 3 hour(s) 1 minute(s)", parse("brocade_fastiron", uptime).uptime());
        assertEquals("57 week(s), 1 day(s), 3 hour(s), 1 minute(s)", parse("dell_force10", uptime).uptime());
        assertEquals("400d 3h 1m 0s", parse("oneaccess_oneos", uptime).uptime());
        assertEquals("400 days", parse("hp_procurve", uptime).uptime());
    }

    @Test
    void flipsBootBanksAndNamesReleaseImages() {
        List<String> train = LabCatalog.versionTrain("ciena_saos");
        assertEquals("A", LabCatalog.image("ciena_saos", train.get(0)));
        assertEquals("B", LabCatalog.image("ciena_saos", train.get(1)));
        assertEquals("firmware2", LabCatalog.image("fsas_sir", LabCatalog.versionTrain("fsas_sir").get(1)));
        assertEquals("ICX64S08030h.bin", LabCatalog.image("brocade_fastiron", "08.0.30hT311"));
        assertEquals("SPS08090.bin", LabCatalog.image("ruckus_fastiron", "08.0.90T211"));
    }

    @Test
    void putsTheModelInFrontOfTheReleaseWhereTheDeviceDoes() throws OutputParseException {
        LabFacts facts = new LabFacts("fw1", "v7.4.8,build2795,250523 (GA.M)", "FortiGate-60F", "FGT60F0000000001",
                0, null);
        ParsedVersion parsed = registry.find("fortinet").orElseThrow().parse(LabOutputs.render("fortinet", facts));
        assertEquals("FortiGate-60F v7.4.8,build2795,250523 (GA.M)", parsed.version());
        assertEquals("FortiGate-60F", parsed.model());
        assertEquals("6120H-S V5.10.00.50", LabCatalog.reportedVersion("zte_zxros", "6120H-S", "V5.10.00.50"));
        assertEquals("9.16(4)48", LabCatalog.reportedVersion("cisco_asa", "ASA5516", "9.16(4)48"));
    }

    @Test
    void writesAnArRouterTheVrp5Way() throws OutputParseException {
        LabFacts facts = new LabFacts("ar1", "5.170", "AR6280", "2102351931P0K1000011", 15 * 3600 + 16 * 60, null);
        ParsedVersion parsed = registry.find("huawei_vrp").orElseThrow().parse(LabOutputs.render("huawei_vrp", facts));
        assertEquals("5.170", parsed.version());
        assertEquals("AR6280", parsed.model());
        assertEquals("0 week, 0 day, 15 hours, 16 minutes", parsed.uptime());
    }

    @Test
    void padsTheIosXeLineLikeCisco() {
        String output = LabOutputs.render("cisco_ios", new LabFacts("sw1", "17.9.4a", "C9300-48P", "FOC1", 0, null));
        assertTrue(output.startsWith("Cisco IOS XE Software, Version 17.09.04a\n"
                + "Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a,"),
                output);
        assertFalse(output.contains("System image file"), "no image line when the facts have none");
    }

    @Test
    void namesImagesAfterTheRelease() {
        assertEquals("cat9k_iosxe.17.09.04a.SPA.bin", LabCatalog.image("cisco_ios", "17.9.4a"));
        assertEquals("bootflash:///nxos.7.0.3.I7.9.bin", LabCatalog.image("cisco_nxos", "7.0(3)I7(9)"));
        assertEquals("bootflash:///nxos64-cs.10.3.4a.M.bin",
                LabCatalog.image("cisco_nxos", "10.3(4a) [Maintenance Release]"));
        assertEquals(null, LabCatalog.image("juniper_junos", "22.4R3-S2"));
        assertEquals("disk0:/asa9-16-4-48-lfbff-k8.SPA", LabCatalog.image("cisco_asa", "9.16(4)48"));
        assertEquals("disk0:/asa984-48-lfbff-k8.SPA", LabCatalog.image("cisco_asa", "9.8(4)48"));
        assertEquals("verset/ZXCTN_V5.10.00.50B03.set", LabCatalog.image("zte_zxros", "V5.10.00.50"));
    }

    @Test
    void rejectsUnknownPlatforms() {
        LabFacts facts = new LabFacts("h", "1.0", "m", "s", 0, null);
        assertThrows(IllegalArgumentException.class, () -> LabOutputs.render("acme_os", facts));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.models("acme_os"));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.versionTrain("acme_os"));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.image("acme_os", "1.0"));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.reportedVersion("acme_os", "m", "1.0"));
    }

    private ParsedVersion parse(String platform, long uptimeSeconds) throws OutputParseException {
        String version = LabCatalog.versionTrain(platform).get(0);
        String model = LabCatalog.models(platform).get(0);
        LabFacts facts = new LabFacts("r1", version, model, "SN1", uptimeSeconds, LabCatalog.image(platform, version));
        return registry.find(platform).orElseThrow().parse(LabOutputs.render(platform, facts));
    }
}
