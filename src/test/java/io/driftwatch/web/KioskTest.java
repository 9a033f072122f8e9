package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A wall screen's {@code ?refresh=N}: honoured on every page in range, refused with the field named outside it. */
@QuarkusTest
class KioskTest {

    @Test
    void everyPageReloadsAtTheAskedPeriod() {
        for (String path : new String[] {"/", "/devices", "/drift", "/sweeps", "/alerting"}) {
            String joiner = path.contains("?") ? "&" : "?";
            given().get(path + joiner + "refresh=60").then().statusCode(200)
                    .body(containsString("<meta http-equiv=\"refresh\" content=\"60\">"));
        }
        given().get("/devices").then().statusCode(200).body(not(containsString("http-equiv=\"refresh\"")));
    }

    @Test
    void aPeriodOutOfRangeIsRefusedNamingTheField() {
        for (String bad : new String[] {"5", "3601", "ten", "-10", "99999999999"}) {
            String body = given().get("/devices?refresh=" + bad).then().statusCode(400).extract().asString();
            assertTrue(body.contains("refresh must be a whole number of seconds from 10 to 3600"), body);
        }
    }

    @Test
    void periodsAreWholeSecondsInRange() {
        assertEquals(OptionalInt.of(10), Kiosk.period("10"));
        assertEquals(OptionalInt.of(3600), Kiosk.period("3600"));
        assertEquals(OptionalInt.empty(), Kiosk.period("9"));
        assertEquals(OptionalInt.empty(), Kiosk.period("1e3"));
        assertEquals(OptionalInt.empty(), Kiosk.period(null));
    }
}
