package io.driftwatch.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Signs a page user out by dropping the session cookie. */
@Path("/logout")
public class LogoutAction {

    private final SecurityIdentity identity;

    public LogoutAction(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** A POST with the CSRF token, so no other site can sign an operator out. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/")).build();
    }
}
