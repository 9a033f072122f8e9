package io.driftwatch.web;

import io.driftwatch.polling.HostKeyTrust;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The device page's "Trust this key" form: the same fingerprint-checked trust as the API, recorded with the
 * operator's name. The form carries the fingerprint the page showed, so a key that changed after the page was drawn
 * is refused.
 */
@Path("/devices/{name}/host-key/trust")
public class HostKeyTrustAction {

    private final HostKeyTrust hostKeyTrust;
    private final SecurityIdentity identity;

    public HostKeyTrustAction(HostKeyTrust hostKeyTrust, SecurityIdentity identity) {
        this.hostKeyTrust = hostKeyTrust;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    public Response trust(@PathParam("name") String name, @FormParam("fingerprint") String fingerprint)
            throws HostKeyTrust.Refused {
        hostKeyTrust.trustOffered(name, fingerprint, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/devices/" + Formats.pathSegment(name))).build();
    }
}
