package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class SweepPagesTest {

    @Test
    void eachSweepListsItsCountsAndLinksToItsFailures() {
        FakeRouters.useOnly(List.of("fleet-180", "wrong-password", "closed-port"));
        long failing = Sweeps.runAndWait().getLong("id");
        FakeRouters.useOnly(List.of("fleet-180"));
        long clean = Sweeps.runAndWait().getLong("id");

        String list = page("/sweeps");
        assertTrue(list.contains("href=\"/sweeps/" + failing + "\" class=\"status-error\">2 failed</a>"), list);
        assertTrue(list.contains("href=\"/sweeps/" + clean + "\">#" + clean + "</a>"));

        String failures = page("/sweeps/" + failing);
        assertTrue(failures.contains("/devices/wrong-password") && failures.contains("AUTH FAILED"));
        assertTrue(failures.contains("/devices/closed-port") && failures.contains("cannot connect to 127.0.0.1"));
        assertFalse(failures.contains("/devices/fleet-180\""), "a device that answered is no failure");
        // The failing devices left the inventory before the second sweep, so their open spans end at the first.
        String cleanPage = page("/sweeps/" + clean);
        assertTrue(cleanPage.contains("Every device answered."));
        assertFalse(cleanPage.contains("Replicas"), "a single replica's sweep has no replica table");
        assertFalse(cleanPage.contains("Not polled"));
        given().get("/sweeps/987654").then().statusCode(404);
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }
}
