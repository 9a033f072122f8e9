package io.driftwatch.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a page, for the templates: {@code {inject:viewer.operator}}. */
@RequestScoped
@Named("viewer")
public class Viewer {

    static final String OPERATOR = "operator";

    private final SecurityIdentity identity;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** Whether the viewer may write: sweep now, acknowledge, trust a host key. */
    public boolean operator() {
        return identity.hasRole(OPERATOR);
    }

    /** The user's name, or empty for an anonymous reader. */
    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
