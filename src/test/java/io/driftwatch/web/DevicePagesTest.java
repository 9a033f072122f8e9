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

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher matcher = DEVICE_LINK.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
