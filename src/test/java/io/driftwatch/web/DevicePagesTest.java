package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class DevicePagesTest {

    private static final Pattern DEVICE_LINK = Pattern.compile("<td><a href=\"/devices/([^\"]+)\">");

    @Inject
    ClusterNode node;

    @Test
    void theListSearchesFiltersSortsAndPagesWithTheViewInTheUrl() {
        List<String> fleet = new ArrayList<>(FakeRouters.fleetNames().subList(100, 160));
        fleet.add("hostile");
        FakeRouters.useOnly(fleet);
        Sweeps.runAndWait();

        String first = page("/devices");
        assertTrue(first.contains("61 matching"), "all 61 devices match without filters");
        assertEquals(DevicePages.PAGE_SIZE, names(first).size());
        assertTrue(first.contains("href=\"/devices?sort=name&amp;dir=asc&amp;page=1\""), "a link to page 2");
        assertEquals(11, names(page("/devices?page=1")).size());

        List<String> searched = names(page("/devices?q=FLEET-12"));
        assertEquals(List.of("fleet-120", "fleet-121", "fleet-122", "fleet-123", "fleet-124", "fleet-125",
                "fleet-126", "fleet-127", "fleet-128", "fleet-129"), searched);

        String junos = page("/devices?platform=juniper_junos&sort=name&dir=desc");
        List<String> junosNames = names(junos);
        assertFalse(junosNames.isEmpty());
        assertTrue(junosNames.stream().allMatch(n -> FakeRouters.router(n).platform().equals("juniper_junos")));
        List<String> descending = new ArrayList<>(junosNames);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, junosNames, "sorted by name, descending");
        // Sort links keep the filter, so the view can be shared.
        assertTrue(junos.contains("href=\"/devices?sort=version&amp;dir=asc&amp;platform=juniper_junos\""));

        String version = FakeRouters.router("fleet-130").version();
        assertTrue(names(page("/devices?version=" + java.net.URLEncoder.encode(version,
                java.nio.charset.StandardCharsets.UTF_8))).contains("fleet-130"));
        assertEquals(List.of(), names(page("/devices?status=TIMEOUT")));
        assertTrue(names(page("/devices?group=odd")).contains("hostile"));
        assertFalse(page("/devices").contains("<script>alert"), "a hostile hostname is shown as text");
    }

    @Test
    void aDevicePageShowsFactsVersionTimelinePollsAndEscapedOutput() {
        LabRouter router = FakeRouters.router("hostile");
        FakeRouters.useOnly(List.of("hostile"));
        Sweeps.runAndWait();
        String before = router.version();
        router.upgrade(Instant.now());
        Sweeps.runAndWait();

        String page = page("/devices/hostile");
        assertTrue(page.contains("<code>" + before + "</code>") && page.contains("<code>" + router.version()
                + "</code>"), "both versions on the timeline");
        assertTrue(page.contains("SHA256:"), "the host key fingerprint");
        assertTrue(page.contains("show version") && page.contains("<pre class=\"raw\">"), "the kept output");
        assertTrue(page.contains("&lt;script&gt;alert("), "the output's hostile hostname is escaped");
        assertFalse(page.contains("<script>alert"));
        assertTrue(page.contains("<dt>Polled by</dt><dd class=\"polled-by\">" + node.nodeId() + "</dd>"),
                "the replica that recorded the last poll");
        assertFalse(page.contains("not-polled"), "the last sweep polled it");
        given().get("/devices/no-such-device").then().statusCode(404);
    }

    @Test
    void theVersionsAreDrawnAsATimelineWithRebootsAndFailedPollsMarked() {
        // A router of its own: a reboot, an upgrade and an answer no parser reads, one sweep each.
        String name = "fleet-084";
        LabRouter router = FakeRouters.router(name);
        assertEquals("cisco_ios", router.platform(), "a platform whose uptime tells a reboot");
        FakeRouters.useOnly(List.of(name));
        Sweeps.runAndWait();
        String before = router.version();
        router.reboot(Instant.now());
        Sweeps.runAndWait();
        router.upgrade(Instant.now());
        Sweeps.runAndWait();
        router.behaviour(LabRouter.Behaviour.GARBAGE);
        try {
            Sweeps.runAndWait();
            String failed = page("/devices/" + name);
            assertTrue(failed.contains("<span class=\"badge status-parse-failed\">PARSE FAILED</span>"),
                    "the kept output is the one no parser read");
            String kept = given().get("/devices/" + name + "/output").then().statusCode(200).extract().asString();
            assertTrue(kept.contains("segfault at 0x0000dead"), "the unreadable answer, not the last good one");
        } finally {
            router.behaviour(LabRouter.Behaviour.NORMAL);
        }
        Sweeps.runAndWait();

        String page = page("/devices/" + name);
        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertTrue(svg.contains("role=\"img\"") && svg.contains("aria-label=\"Version history from "), svg);
        assertTrue(svg.contains("width=\"100%\"") && svg.contains("viewBox=\"0 0 800 "), "scales with its card");
        assertEquals(2, count(svg, "class=\"tl-band\""), "a band per version");
        assertTrue(svg.contains("<title>Version " + before + ": first seen ") && svg.contains("<title>Version "
                + router.version() + ": first seen "), svg);
        assertEquals(1, count(svg, "class=\"tl-reboot\""), svg);
        assertTrue(svg.contains("<title>Rebooted, seen "), svg);
        assertEquals(1, count(svg, "class=\"tl-failure status-parse-failed\""), svg);
        assertTrue(svg.contains("<title>PARSE FAILED from "), svg);
        assertTrue(svg.matches("(?s).*<title>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC</title>.*"),
                "labelled ticks with their exact time");
        assertFalse(page.contains(" style="), "the Content-Security-Policy allows no style attribute");
        assertTrue(page.indexOf("</svg>") < page.indexOf("<th>First seen</th>"), "the table stays, under it");
        assertFalse(page.contains("status-parse-failed\">PARSE FAILED</span>, captured"), "an OK output again");
        assertTrue(page.contains("href=\"/devices/" + name + "/output\""), "the download link");
        assertTrue(page.contains("bug report"), "the hint for a PARSE_FAILED output");
    }

    @Test
    void theKeptOutputDownloadsAsPlainText() {
        FakeRouters.useOnly(List.of("hostile"));
        Sweeps.runAndWait();
        Response download = given().get("/devices/hostile/output");
        assertEquals(200, download.statusCode());
        assertEquals("text/plain;charset=utf-8", download.contentType().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"driftwatch-output-hostile.txt\"",
                download.header("Content-Disposition"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertTrue(download.asString().contains("<script>alert('x')</script>"), "the router's text as it was");
        given().get("/devices/no-such-device/output").then().statusCode(404);

        assertEquals("driftwatch-output-core_1__x_.txt", DevicePages.outputFileName("core/1 \"x\""));
        assertEquals("driftwatch-output-etc_passwd.txt", DevicePages.outputFileName("../etc/passwd"));
        assertEquals("driftwatch-output-device.txt", DevicePages.outputFileName("..."));
    }

    @Test
    void theListDownloadsAsCsvWithItsFiltersAndOrder() throws IOException {
        List<String> fleet = new ArrayList<>(FakeRouters.fleetNames().subList(100, 160));
        fleet.add("hostile");
        FakeRouters.useOnly(fleet);
        Sweeps.runAndWait();

        String view = page("/devices?platform=juniper_junos&sort=name&dir=desc");
        assertTrue(view.contains("href=\"/devices.csv?sort=name&amp;dir=desc&amp;platform=juniper_junos\""),
                "the page links to its own view as CSV");
        Response download = given().get("/devices.csv?sort=name&dir=desc&platform=juniper_junos");
        assertEquals(200, download.statusCode());
        assertTrue(download.contentType().startsWith("text/csv"), download.contentType());
        assertTrue(download.header("Content-Disposition")
                .matches("attachment; filename=\"driftwatch-devices-\\d{8}-\\d{4}\\.csv\""),
                download.header("Content-Disposition"));
        List<CSVRecord> junos = parse(download.asString());
        assertEquals(DeviceExport.HEADER, junos.get(0).toList());
        assertEquals(given().get("/api/devices?platform=juniper_junos").then().extract().jsonPath()
                .getList("name").size(), junos.size() - 1);
        assertTrue(junos.subList(1, junos.size()).stream()
                .allMatch(r -> r.get("platform").equals("juniper_junos") && !r.get("version").isEmpty()));

        // Every matching device, not one page of them, in the page's order.
        List<CSVRecord> all = parse(given().get("/devices.csv?sort=name&dir=desc").asString());
        List<String> expected = new ArrayList<>(fleet);
        expected.sort(java.util.Comparator.reverseOrder());
        assertTrue(expected.size() > DevicePages.PAGE_SIZE);
        assertEquals(expected, all.subList(1, all.size()).stream().map(r -> r.get("name")).toList());

        // A router's answer is data: the hostile hostname comes back as it was, not as HTML.
        CSVRecord hostile = parse(given().get("/devices.csv?group=odd&q=hostile").asString()).get(1);
        assertEquals("<script>alert('x')</script>", hostile.get("hostname"));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=HYPERLINK(\"http://evil\")", DeviceExport.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", DeviceExport.cell("+1"));
        assertEquals("'@SUM(A1)", DeviceExport.cell("@SUM(A1)"));
        assertEquals("17.9.4a", DeviceExport.cell("17.9.4a"));
        assertEquals("", DeviceExport.cell(""));
        assertEquals("", DeviceExport.cell(null));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader(
                DeviceExport.HEADER.toArray(String[]::new)).build())) {
            return parser.getRecords();
        }
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher matcher = DEVICE_LINK.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
