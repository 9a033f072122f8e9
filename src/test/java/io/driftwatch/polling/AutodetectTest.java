package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Devices listed as {@code autodetect}, against lab routers that each answer only their own platform's version
 * command, as real routers of other vendors do.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class AutodetectTest {

    /** Platforms answering {@code show version}, {@code display version}, {@code get system status}, ... */
    private static final List<String> PLATFORMS = List.of("cisco_ios", "juniper_junos", "huawei_vrp", "fortinet",
            "mikrotik_routeros", "paloalto_panos", "cisco_xr", "aruba_aoscx");

    @Test
    void eachRouterIsDetectedStoredAndThenPolledDirectly() {
        Map<String, String> routers = PLATFORMS.stream()
                .collect(Collectors.toMap(FakeRouters::fleetRouterOf, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        // Exec refused: the probe runs in an interactive shell instead.
        routers.put("shell-only", "cisco_ios");
        List<String> names = new ArrayList<>(routers.keySet());
        Map<String, String> autodetect = names.stream()
                .collect(Collectors.toMap(Function.identity(), n -> "autodetect"));
        FakeRouters.useOnly(names, Map.of(), autodetect);

        var sweep = Sweeps.runAndWait();

        assertEquals(names.size(), sweep.getInt("ok"), "every autodetect device polled OK");
        routers.forEach((name, platform) -> given().get("/api/devices/" + name).then()
                .body("status", equalTo("OK"))
                .body("platform", equalTo("autodetect"))
                .body("detectedPlatform", equalTo(platform))
                // Some platforms report the release with more around it (FortiOS adds the model), hence "contains".
                .body("version", containsString(FakeRouters.router(name).version())));
        given().get("/devices").then().body(containsString("autodetect → fortinet"));

        // Known platforms are asked their own command only: one command per device, no probing.
        int before = FakeRouters.server().commandsReceived();
        Sweeps.runAndWait();
        assertEquals(names.size(), FakeRouters.server().commandsReceived() - before);
        routers.forEach((name, platform) -> given().get("/api/devices/" + name).then()
                .body("status", equalTo("OK"))
                .body("detectedPlatform", equalTo(platform)));
    }

    @Test
    void outputMatchingNoPlatformIsAParseFailureNamingAutodetection() {
        FakeRouters.useOnly(List.of("garbage"), Map.of(), Map.of("garbage", "autodetect"));

        Sweeps.runAndWait();

        given().get("/api/devices/garbage").then()
                .body("status", equalTo("PARSE_FAILED"))
                .body("platform", equalTo("autodetect"))
                .body("detectedPlatform", nullValue())
                .body("reason", containsString("autodetection found no platform"));
    }

    @Test
    void aDetectedPlatformThatStopsParsingIsDetectedAgainAndNeverSilent() {
        String name = FakeRouters.fleetRouterOf("arista_eos");
        LabRouter router = FakeRouters.router(name);
        FakeRouters.useOnly(List.of(name), Map.of(), Map.of(name, "autodetect"));
        Sweeps.runAndWait();
        given().get("/api/devices/" + name).then().body("detectedPlatform", equalTo("arista_eos"));

        router.behaviour(LabRouter.Behaviour.GARBAGE);
        try {
            Sweeps.runAndWait();
            given().get("/api/devices/" + name).then()
                    .body("status", equalTo("PARSE_FAILED"))
                    .body("platform", equalTo("autodetect"))
                    .body("detectedPlatform", equalTo("arista_eos"))
                    .body("reason", allOf(containsString("detected platform arista_eos parser"),
                            containsString("autodetection found no platform")));
        } finally {
            router.behaviour(LabRouter.Behaviour.NORMAL);
        }
        Sweeps.runAndWait();
        given().get("/api/devices/" + name).then().body("status", equalTo("OK"));
    }
}
