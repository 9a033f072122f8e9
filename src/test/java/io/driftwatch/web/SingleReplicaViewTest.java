package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With the cluster off, the cluster view says this is a single replica and the header does not link to it. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class SingleReplicaViewTest {

    @Inject
    ClusterNode node;

    @Test
    void theClusterPageNamesTheSingleReplicaAndNoPageLinksToIt() {
        String page = given().get("/cluster").then().statusCode(200).extract().asString();
        assertTrue(page.contains("This is a single replica, <strong class=\"this-node\">" + node.nodeId()
                + "</strong>"), page);
        assertFalse(page.contains("<table"), "no member list");
        assertFalse(page.contains("href=\"/cluster\""), "no link to the cluster view without a cluster");
        assertFalse(given().get("/").then().statusCode(200).extract().asString().contains("href=\"/cluster\""));
    }
}
