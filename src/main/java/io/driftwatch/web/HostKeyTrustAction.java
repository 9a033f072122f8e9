package io.driftwatch.web;

import io.driftwatch.polling.HostKeyTrust;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The device page's "Trust this key" form: the same trust as the API, recorded with the operator's name. */
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
    public Response trust(@PathParam("name") String name) {
        try {
            hostKeyTrust.trustOffered(name, identity.getPrincipal().getName());
        } catch (HostKeyTrust.Refused e) {
            throw PageError.of(e.getMessage().startsWith("no device") ? Response.Status.NOT_FOUND
                    : Response.Status.CONFLICT, e.getMessage());
        }
        return Response.seeOther(URI.create("/devices/" + Formats.pathSegment(name))).build();
    }
}
