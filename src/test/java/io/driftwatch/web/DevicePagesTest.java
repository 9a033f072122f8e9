package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class DevicePagesTest {

    private static final Pattern DEVICE_LINK = Pattern.compile("<td><a href=\"/devices/([^\"]+)\">");

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
        given().get("/devices/no-such-device").then().statusCode(404);
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
