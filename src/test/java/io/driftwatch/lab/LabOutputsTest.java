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
    private static final Set<String> NO_HOSTNAME = Set.of(
            "arista_eos",
            "aruba_os",
            "avaya_vsp",
            "broadcom_icos",
            "brocade_fastiron",
            "ciena_saos",
            "cisco_xr",
            "dell_force10",
            "edgecore",
            "fsas_sir",
            "oneaccess_oneos",
            "ruckus_fastiron",
            "zyxel_os");
    private static final Set<String> NO_MODEL = Set.of(
            "avaya_vsp",
            "ciena_saos",
            "edgecore",
            "hp_procurve",
            "oneaccess_oneos");
    private static final Set<String> NO_SERIAL = Set.of(
            "aruba_os",
            "avaya_vsp",
            "ciena_saos",
            "cisco_xr",
            "dell_force10",
            "juniper_junos");
    private static final Set<String> NO_IMAGE = Set.of(
            "allied_telesis_awplus",
            "arista_eos",
            "aruba_aoscx",
            "aruba_os",
            "avaya_ers",
            "avaya_vsp",
            "broadcom_icos",
            "cisco_xr",
            "edgecore",
            "hp_procurve",
            "juniper_junos",
            "oneaccess_oneos",
            "zyxel_os");

    private final ParserRegistry registry = ParserRegistry.standard();

    @Test
    void everyRenderedOutputParsesBackToItsFacts() throws OutputParseException {
        assertTrue(registry.platforms().containsAll(LabOutputs.platforms()), "every lab platform needs a parser");
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

                    assertEquals(version, parsed.version(), where);
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
    void padsTheIosXeLineLikeCisco() {
        String output = LabOutputs.render("cisco_ios", new LabFacts("sw1", "17.9.4a", "C9300-48P", "FOC1", 0, null));
        assertTrue(output.startsWith("Cisco IOS XE Software, Version 17.09.04a\n"
                + "Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a,"), output);
        assertFalse(output.contains("System image file"), "no image line when the facts have none");
    }

    @Test
    void namesImagesAfterTheRelease() {
        assertEquals("cat9k_iosxe.17.09.04a.SPA.bin", LabCatalog.image("cisco_ios", "17.9.4a"));
        assertEquals("bootflash:///nxos.7.0.3.I7.9.bin", LabCatalog.image("cisco_nxos", "7.0(3)I7(9)"));
        assertEquals("bootflash:///nxos64-cs.10.3.4a.M.bin",
                LabCatalog.image("cisco_nxos", "10.3(4a) [Maintenance Release]"));
        assertEquals(null, LabCatalog.image("juniper_junos", "22.4R3-S2"));
    }

    @Test
    void rejectsUnknownPlatforms() {
        LabFacts facts = new LabFacts("h", "1.0", "m", "s", 0, null);
        assertThrows(IllegalArgumentException.class, () -> LabOutputs.render("cisco_asa", facts));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.models("cisco_asa"));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.versionTrain("cisco_asa"));
        assertThrows(IllegalArgumentException.class, () -> LabCatalog.image("cisco_asa", "1.0"));
    }

    @Test
    void rendersQuicklyEnoughForASweep() {
        LabFacts facts = new LabFacts("sw1", "17.9.4a", "C9300-48P", "FOC1", 1_000_000, "cat9k_iosxe.17.09.04a.SPA.bin");
        long start = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < 10_000; i++) {
            for (String platform : LabOutputs.platforms()) {
                chars += LabOutputs.render(platform, facts).length();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(chars > 0);
        // Generous bound for a loaded 2-core CI box; a regex per call would still pass, a pathological bug won't.
        assertTrue(millis < 5_000, "50,000 renders took " + millis + " ms");
    }

    private ParsedVersion parse(String platform, long uptimeSeconds) throws OutputParseException {
        String version = LabCatalog.versionTrain(platform).get(0);
        String model = LabCatalog.models(platform).get(0);
        LabFacts facts = new LabFacts("r1", version, model, "SN1", uptimeSeconds, LabCatalog.image(platform, version));
        return registry.find(platform).orElseThrow().parse(LabOutputs.render(platform, facts));
    }
}
