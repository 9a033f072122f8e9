package io.driftwatch.metrics;

import io.driftwatch.cluster.ClusterNode;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * In a cluster every meter carries the tag {@code node} (the node id), so the replicas' series stay apart wherever
 * they are scraped from, Kubernetes or not. Quarkus applies MeterFilter beans to every registry when it builds them;
 * this one is offered only with the cluster on, so a single replica's series keep their labels.
 */
@ApplicationScoped
public class NodeTag {

    @Produces
    @Singleton
    @LookupIfProperty(name = "driftwatch.cluster.enabled", stringValue = "true")
    MeterFilter nodeTag(ClusterNode node) {
        return MeterFilter.commonTags(Tags.of("node", node.nodeId()));
    }
}
