package io.driftwatch.web;

import io.driftwatch.history.BastionRepository;
import io.driftwatch.polling.HostKeyTrust;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Jump hosts and their pinned keys, by address ({@code host:port}). */
@Path("/api/bastions")
@Produces(MediaType.APPLICATION_JSON)
public class BastionResource {

    private final BastionRepository bastions;
    private final HostKeyTrust hostKeyTrust;
    private final SecurityIdentity identity;

    public BastionResource(BastionRepository bastions, HostKeyTrust hostKeyTrust, SecurityIdentity identity) {
        this.bastions = bastions;
        this.hostKeyTrust = hostKeyTrust;
        this.identity = identity;
    }

    @GET
    @Transactional
    public List<BastionJson> list() {
        return bastions.listAll(io.quarkus.panache.common.Sort.by("address")).stream().map(BastionJson::of).toList();
    }

    @GET
    @Path("/{address}")
    @Transactional
    @APIResponse(responseCode = "200", description = "The jump host")
    @APIResponse(responseCode = "404", description = "No jump host at that address")
    public BastionJson get(@PathParam("address") String address) {
        return bastions.findByAddress(address).map(BastionJson::of)
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "no jump host " + address));
    }

    /**
     * Pins the key the bastion offered at its last refused attempt, if it has the fingerprint given; recorded with
     * the operator's name.
     */
    @POST
    @Path("/{address}/host-key/trust")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Viewer.OPERATOR)
    @APIResponse(responseCode = "200", description = "The jump host with the key pinned")
    @APIResponse(responseCode = "400", description = "No fingerprint in the body")
    @APIResponse(responseCode = "404", description = "No jump host at that address")
    @APIResponse(responseCode = "409", description = "Nothing is on offer, or the key on offer has another fingerprint;"
            + " nothing is pinned")
    public BastionJson trustHostKey(@PathParam("address") String address, HostKeyTrustRequest request)
            throws HostKeyTrust.Refused {
        return BastionJson.of(hostKeyTrust.trustBastion(address, request == null ? null : request.fingerprint(),
                identity.getPrincipal().getName()));
    }
}
