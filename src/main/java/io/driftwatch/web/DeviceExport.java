package io.driftwatch.web;

import io.driftwatch.history.DeviceRepository;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The device list as CSV, for the spreadsheet a change or an audit asks for: the filters, search and order of
 * {@code /devices}, every matching device rather than one page.
 */
@Path("/devices.csv")
public class DeviceExport {

    static final List<String> HEADER = List.of("name", "host", "port", "group", "platform", "detected_platform",
            "status", "reason", "version", "model", "serial", "hostname", "uptime", "image", "compliance",
            "compliance_rule", "last_seen", "last_polled", "host_key");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneOffset.UTC);

    private final DeviceRepository devices;
    private final Clock clock;

    public DeviceExport(DeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @GET
    @Transactional
    public Response export(@QueryParam("q") String q, @QueryParam("platform") String platform,
            @QueryParam("version") String version, @QueryParam("status") String status,
            @QueryParam("group") String group, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("compliance") String compliance) {
        DevicePages.ListQuery query = DevicePages.ListQuery.of(q, platform, version, status, group, sort, dir,
                compliance);
        List<DeviceJson> rows = devices.page(query.filter(), query.order(), 0, Integer.MAX_VALUE).stream()
                .map(DeviceJson::of).toList();
        return Response.ok(csv(rows), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"driftwatch-devices-"
                        + FILE_TIME.format(clock.instant()) + ".csv\"")
                .build();
    }

    static String csv(List<DeviceJson> rows) {
        StringBuilder out = new StringBuilder(256 * (rows.size() + 1));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(HEADER);
            for (DeviceJson d : rows) {
                printer.printRecord(Stream.of(d.name(), d.host(), d.port(), d.group(), d.platform(),
                        d.detectedPlatform(), d.status(), d.reason(), d.version(), d.model(), d.serial(),
                        d.hostname(), d.uptime(), d.image(), d.compliance(), d.complianceRule(), d.lastSeen(),
                        d.lastPolled(), d.hostKeyFingerprint()).map(DeviceExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A text a spreadsheet would not run: empty for no value, and a router's answer (a hostname, a version) that
     * starts like a formula gets a leading apostrophe, as OWASP advises against CSV injection.
     */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
