package io.driftwatch.web;

import io.driftwatch.cluster.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Whether the pages' header links to the cluster view, for the layout: {@code {inject:cluster.enabled}}. */
@ApplicationScoped
@Named("cluster")
public class ClusterLink {

    private final ClusterNode node;

    public ClusterLink(ClusterNode node) {
        this.node = node;
    }

    public boolean enabled() {
        return node.enabled();
    }
}
