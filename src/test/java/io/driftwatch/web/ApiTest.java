package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class ApiTest {

    @Inject
    ClusterNode node;

    @Test
    void pagesTheDeviceListAndFiltersIt() {
        FakeRouters.useOnly(FakeRouters.fleetNames().subList(0, 30));
        Sweeps.runAndWait();

        given().get("/api/devices?page=1&size=10").then().statusCode(200)
                .body("items", hasSize(10))
                .body("total", equalTo(30))
                .body("page", equalTo(1))
                .body("items[0].name", equalTo("fleet-010"));
        given().get("/api/devices?platform=juniper_junos").then().statusCode(200)
                .body("platform", everyItem(equalTo("juniper_junos")))
                .body("size()", not(equalTo(0)));
        given().get("/api/devices?status=ok&size=5").then().statusCode(200)
                .body("items.status", everyItem(equalTo("OK")));
        given().get("/api/devices?size=0").then().statusCode(400).body("message", containsString("size"));
    }

    @Test
    void aSingleReplicaRecordsItselfAsThePollerAndItsSweepsHaveNoReplicas() {
        FakeRouters.useOnly(List.of("fleet-041"));
        long sweep = Sweeps.runAndWait().getLong("id");

        given().get("/api/devices/fleet-041").then().statusCode(200)
                .body("polledBy", equalTo(node.nodeId()))
                .body("notPolled", nullValue());
        given().get("/api/sweeps/" + sweep).then().statusCode(200)
                .body("skipped", equalTo(0))
                .body("replicas", hasSize(0));
        given().get("/api/sweeps?limit=1").then().statusCode(200).body("[0].replicas", hasSize(0));
        // Off, the cluster view names this replica and nothing else: no member list, no zones.
        given().get("/api/cluster").then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("nodeId", equalTo(node.nodeId()))
                .body("keySet()", equalTo(java.util.Set.of("enabled", "nodeId")));
    }

    @Test
    void unknownThingsAreNotFoundWithAMessage() {
        given().get("/api/devices/no-such-router").then().statusCode(404)
                .body("message", containsString("no-such-router"));
        given().get("/api/sweeps/987654").then().statusCode(404);
    }

    @Test
    void noSecretEverLeavesTheApi() {
        FakeRouters.useOnly(List.of("fleet-040"));
        Sweeps.runAndWait();
        String body = given().get("/api/devices/fleet-040").then().extract().asString()
                + given().get("/api/devices").then().extract().asString()
                + given().get("/").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains(FakeRouters.PASSWORD));
    }
}
