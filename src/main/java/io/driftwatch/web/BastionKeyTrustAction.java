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
 * The "Trust this key" form for a bastion, on the pages of the devices behind it: the same fingerprint-checked trust
 * as {@code POST /api/bastions/{address}/host-key/trust}, recorded with the operator's name.
 */
@Path("/bastions/{address}/host-key/trust")
public class BastionKeyTrustAction {

    private final HostKeyTrust hostKeyTrust;
    private final SecurityIdentity identity;

    public BastionKeyTrustAction(HostKeyTrust hostKeyTrust, SecurityIdentity identity) {
        this.hostKeyTrust = hostKeyTrust;
        this.identity = identity;
    }

    /** @param device the device page the form is on, to go back to */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    public Response trustBastion(@PathParam("address") String address, @FormParam("fingerprint") String fingerprint,
            @FormParam("device") String device) throws HostKeyTrust.Refused {
        hostKeyTrust.trustBastion(address, fingerprint, identity.getPrincipal().getName());
        // Only ever back to a device page of this site, whatever the form says.
        return Response.seeOther(URI.create(device == null || device.isBlank() ? "/devices"
                : "/devices/" + Formats.pathSegment(device))).build();
    }
}
