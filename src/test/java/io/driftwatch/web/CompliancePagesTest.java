package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Compliance in the device JSON, the list filter of the API and the page, the device page and the overview. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class CompliancePagesTest {

    static final Path POLICY = FakeRouters.INVENTORY.resolveSibling("policy.yaml");

    @AfterEach
    void noPolicyForOtherTests() throws IOException {
        Files.deleteIfExists(POLICY);
    }

    @Test
    void complianceIsShownFilteredAndCounted() throws IOException {
        String junos = FakeRouters.fleetRouterOf("juniper_junos");
        String version = FakeRouters.router(junos).version();
        FakeRouters.useOnly(List.of(junos, "golden-core", "fleet-000"), Map.of("golden-core", "core"));
        Files.writeString(POLICY, """
                rules:
                  - platform: juniper_junos
                    versions: ["%s"]
                  - platform: juniper_junos
                    group: core
                    versions: [">= 99.1R1"]
                """.formatted(version));
        Sweeps.runAndWait();

        given().get("/api/devices/golden-core").then().statusCode(200)
                .body("compliance", equalTo("NON_COMPLIANT"))
                .body("complianceRule",
                        equalTo("policy.yaml:4 (platform juniper_junos, group core) approves >= 99.1R1"));
        given().get("/api/devices/" + junos).then()
                .body("compliance", equalTo("COMPLIANT"))
                .body("complianceRule", startsWith("policy.yaml:2 (platform juniper_junos) approves"));
        String other = FakeRouters.router("fleet-000").platform();
        if (!other.equals("juniper_junos")) {
            given().get("/api/devices/fleet-000").then().body("compliance", equalTo("NO_POLICY"))
                    .body("complianceRule", equalTo(null));
        }

        given().get("/api/devices?compliance=non_compliant").then().statusCode(200)
                .body("name", hasItem("golden-core"))
                .body("name", not(hasItem(junos)))
                .body("compliance", everyItem(equalTo("NON_COMPLIANT")));
        int nonCompliant = given().get("/api/devices?compliance=NON_COMPLIANT&page=0&size=1").then()
                .extract().jsonPath().getInt("total");
        given().get("/api/devices?compliance=COMPLIANT").then().body("name", hasItem(junos));
        given().get("/api/devices?compliance=golden").then().statusCode(400)
                .body("message",
                        containsString("compliance 'golden' is not one of [COMPLIANT, NON_COMPLIANT, NO_POLICY]"));

        String list = page("/devices?compliance=NON_COMPLIANT");
        assertTrue(list.contains("/devices/golden-core"), "filtered list shows the non-compliant device");
        assertFalse(list.contains("/devices/" + junos + "\""), "and not the compliant one");
        assertTrue(list.contains("<option value=\"NON_COMPLIANT\" selected>"), "the filter keeps its choice");
        assertTrue(list.contains("class=\"compliance-non_compliant\""), "the column");
        assertTrue(list.contains("compliance=NON_COMPLIANT"), "sort and page links keep the filter");

        String device = page("/devices/golden-core");
        assertTrue(device.contains("non compliant"), device);
        assertTrue(device.contains("policy.yaml:4 (platform juniper_junos, group core) approves &gt;= 99.1R1"),
                "the rule, escaped");

        String overview = page("/");
        assertTrue(overview.contains("href=\"/devices?compliance=NON_COMPLIANT\"><span class=\"figure\">"
                + nonCompliant + "</span> non-compliant"), "the overview counts and links the non-compliant devices");
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }
}
