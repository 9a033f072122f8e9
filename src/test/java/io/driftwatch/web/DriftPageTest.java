package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class DriftPageTest {

    @Test
    void theFeedFiltersByKindDeviceGroupAndDays() {
        FakeRouters.useOnly(List.of("fleet-170", "rsa-key"));
        Sweeps.runAndWait();
        FakeRouters.router("fleet-170").upgrade(Instant.now());
        FakeRouters.router("rsa-key").upgrade(Instant.now());
        Sweeps.runAndWait();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        String odd = page("/drift?group=odd");
        assertTrue(odd.contains("/devices/rsa-key") && !odd.contains("/devices/fleet-170"), "group filter");
        String one = page("/drift?kind=VERSION_CHANGED&device=fleet-170&from=" + today + "&to=" + today);
        assertTrue(one.contains("/devices/fleet-170") && !one.contains("/devices/rsa-key"), "kind, device, days");
        assertTrue(one.contains("version changed (upgrade)"));
        assertFalse(page("/drift?device=fleet-170&to=" + yesterday).contains("/devices/fleet-170"), "before today");

        given().get("/api/drift?group=fleet&kind=version_changed").then().statusCode(200)
                .body("group", everyItem(equalTo("fleet")))
                .body("kind", everyItem(equalTo("VERSION_CHANGED")));
        given().get("/api/drift?kind=REBOOT").then().statusCode(400)
                .body("message", containsString("kind 'REBOOT' is not one of"));
        given().get("/api/drift?from=2026-13-01").then().statusCode(400)
                .body("message", containsString("from '2026-13-01' is not a date"));
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }
}
