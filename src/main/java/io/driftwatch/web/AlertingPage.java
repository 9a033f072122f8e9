package io.driftwatch.web;

import io.driftwatch.alerting.AlertingStatus;
import io.driftwatch.alerting.HookStatus;
import io.driftwatch.alerting.SilenceException;
import io.driftwatch.alerting.SilenceRequest;
import io.driftwatch.alerting.Silences;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The alerting page: hooks with their backlog and errors, silences, and the form to add one. */
@Path("/alerting")
@Produces(MediaType.TEXT_HTML)
public class AlertingPage {

    static final int RECENT = 30;

    private final AlertingStatus status;
    private final Silences silences;
    private final SecurityIdentity identity;
    private final Clock clock;

    public AlertingPage(AlertingStatus status, Silences silences, SecurityIdentity identity, Clock clock) {
        this.status = status;
        this.silences = silences;
        this.identity = identity;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(AlertingView view);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(view(null));
    }

    /** The page's form: a plain POST, answered with a redirect to the page (or the page with the error). */
    @POST
    @Path("/silences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    public Response create(@FormParam("group") String group, @FormParam("device") String device,
            @FormParam("starts") String starts, @FormParam("ends") String ends,
            @FormParam("duration") String duration, @FormParam("comment") String comment) {
        try {
            silences.create(new SilenceRequest(group, device, formTime(starts, "starts"), formTime(ends, "ends"),
                    duration, comment), identity.getPrincipal().getName());
        } catch (SilenceException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.index(view(e.getMessage())))
                    .build();
        }
        return Response.seeOther(URI.create("/alerting")).build();
    }

    @POST
    @Path("/silences/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    public Response remove(@PathParam("id") long id) {
        try {
            silences.remove(id, identity.getPrincipal().getName());
        } catch (SilenceException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.index(view(e.getMessage())))
                    .build();
        }
        return Response.seeOther(URI.create("/alerting")).build();
    }

    private AlertingView view(String error) {
        Instant now = clock.instant();
        List<SilenceJson> current = silences.current().stream().map(SilenceJson::of).toList();
        return new AlertingView(status.hooks(),
                current.stream().filter(s -> s.activeAt(now)).toList(),
                current.stream().filter(s -> !s.activeAt(now)).toList(),
                status.latest(RECENT).stream().map(DeliveryJson::of).toList(),
                identity.isAnonymous() || identity.hasRole("operator"), error);
    }

    /** A datetime-local field, read as UTC; blank is null. */
    private static Instant formTime(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new SilenceException(field + " '" + text + "' is not a date and time such as 2026-11-26T22:00");
        }
    }

    /**
     * What the page shows.
     *
     * @param canEdit whether to offer the forms: operators, and anonymous visitors (the browser asks for a login)
     */
    public record AlertingView(List<HookStatus> hooks, List<SilenceJson> active, List<SilenceJson> upcoming,
            List<DeliveryJson> recent, boolean canEdit, String error) {
    }
}
