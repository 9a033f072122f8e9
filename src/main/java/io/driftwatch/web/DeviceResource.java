package io.driftwatch.web;

import io.driftwatch.domain.Compliance;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.ObservationRepository;
import io.driftwatch.polling.HostKeyTrust;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private static final int MAX_PAGE_SIZE = 1000;

    private final DeviceRepository devices;
    private final ObservationRepository observations;
    private final HostKeyTrust hostKeyTrust;
    private final SecurityIdentity identity;

    public DeviceResource(DeviceRepository devices, ObservationRepository observations, HostKeyTrust hostKeyTrust,
            SecurityIdentity identity) {
        this.devices = devices;
        this.observations = observations;
        this.hostKeyTrust = hostKeyTrust;
        this.identity = identity;
    }

    /**
     * Devices by name. Without {@code page} or {@code size} the whole list; with either, one page as
     * {@code {items, total, page, size}}.
     */
    @GET
    @Transactional
    @APIResponse(responseCode = "200", description = "Every matching device; one page of them with page or size",
            content = @Content(schema = @Schema(oneOf = {DeviceJson[].class, DevicePage.class})))
    @APIResponse(responseCode = "400", description = "page, size or compliance out of range")
    public Object list(@QueryParam("platform") String platform, @QueryParam("group") String group,
            @QueryParam("status") String status, @QueryParam("removed") @DefaultValue("false") boolean removed,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("compliance") String compliance) {
        DeviceRepository.DeviceFilter filter = new DeviceRepository.DeviceFilter(platform, group,
                status == null ? null : status.toUpperCase(), removed, null, null, compliance(compliance));
        if (page == null && size == null) {
            return devices.page(filter, 0, Integer.MAX_VALUE).stream().map(DeviceJson::of).toList();
        }
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? 100 : size;
        if (pageIndex < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiError.of(Response.Status.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<DeviceJson> items = devices.page(filter, pageIndex, pageSize).stream().map(DeviceJson::of).toList();
        return new DevicePage(items, devices.count(filter), pageIndex, pageSize);
    }

    @GET
    @Path("/{name}")
    @Transactional
    @APIResponse(responseCode = "200", description = "The device")
    @APIResponse(responseCode = "404", description = "No device by that name")
    public DeviceJson get(@PathParam("name") String name) {
        return DeviceJson.of(find(name));
    }

    /** The device's history as spans of identical polls, newest first. */
    @GET
    @Path("/{name}/history")
    @Transactional
    @APIResponse(responseCode = "200", description = "The device's history, newest first")
    @APIResponse(responseCode = "400", description = "limit out of range")
    @APIResponse(responseCode = "404", description = "No device by that name")
    public List<ObservationJson> history(@PathParam("name") String name,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and 10000");
        }
        Device device = find(name);
        return observations.history(device.id, limit).stream().map(o -> ObservationJson.of(o, device)).toList();
    }

    /**
     * Pins the host key the device offered at its last refused attempt, if it has the fingerprint the operator
     * names (the key they looked at); recorded with the operator's name.
     */
    @POST
    @Path("/{name}/host-key/trust")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Viewer.OPERATOR)
    @APIResponse(responseCode = "200", description = "The device with the key pinned")
    @APIResponse(responseCode = "400", description = "No fingerprint in the body")
    @APIResponse(responseCode = "404", description = "No device by that name")
    @APIResponse(responseCode = "409", description = "Nothing is on offer, or the key on offer has another fingerprint;"
            + " nothing is pinned")
    public DeviceJson trustHostKey(@PathParam("name") String name, HostKeyTrustRequest request)
            throws HostKeyTrust.Refused {
        return DeviceJson.of(hostKeyTrust.trustOffered(name, request == null ? null : request.fingerprint(),
                identity.getPrincipal().getName()));
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400 naming the value when it is not a compliance state */
    static Compliance compliance(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Compliance.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "compliance '" + text + "' is not one of "
                    + java.util.Arrays.toString(Compliance.values()));
        }
    }

    private Device find(String name) {
        return devices.findByName(name)
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "no device named " + name));
    }
}
