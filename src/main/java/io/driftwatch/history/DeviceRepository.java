package io.driftwatch.history;

import io.driftwatch.domain.Compliance;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeviceRepository implements PanacheRepository<Device> {

    public Optional<Device> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public List<Device> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** Devices matching the filter, one page of them, by name. */
    public List<Device> page(DeviceFilter filter, int page, int size) {
        return page(filter, DeviceOrder.BY_NAME, page, size);
    }

    /** Devices matching the filter, one page of them, in the given order (then by name, so pages are stable). */
    public List<Device> page(DeviceFilter filter, DeviceOrder order, int page, int size) {
        return find(filter.query(), order.sort(), filter.parameters()).page(Page.of(page, size)).list();
    }

    public long count(DeviceFilter filter) {
        return count(filter.query(), filter.parameters());
    }

    /** How many devices in the inventory are in each status (null: not polled yet). */
    public List<StatusCount> countsByStatus() {
        return getEntityManager().createQuery("select new io.driftwatch.history.StatusCount(status, count(*))"
                + " from Device where inInventory = true group by status", StatusCount.class).getResultList();
    }

    /** How many devices in the inventory are in each compliance state (null: no verdict yet). */
    public List<ComplianceCount> countsByCompliance() {
        return getEntityManager().createQuery("select new io.driftwatch.history.ComplianceCount(compliance,"
                + " count(*)) from Device where inInventory = true group by compliance", ComplianceCount.class)
                .getResultList();
    }

    /** How many devices in the inventory run each version, per platform, most common first. */
    public List<VersionCount> versionsByPlatform() {
        return getEntityManager().createQuery("select new io.driftwatch.history.VersionCount(platform, version,"
                + " count(*)) from Device where inInventory = true and version is not null group by platform, version"
                + " order by platform, count(*) desc, version", VersionCount.class).getResultList();
    }

    /** Platforms of the devices in the inventory, for filter choices. */
    public List<String> platforms() {
        return getEntityManager().createQuery("select distinct platform from Device where inInventory = true"
                + " order by platform", String.class).getResultList();
    }

    /** Groups of the devices in the inventory, for filter choices. */
    public List<String> groups() {
        return getEntityManager().createQuery("select distinct group from Device where inInventory = true"
                + " order by group", String.class).getResultList();
    }

    /** Columns the device list can be sorted by, named as in URLs. */
    public enum Column {
        NAME("name"),
        HOST("host"),
        PLATFORM("platform"),
        GROUP("group"),
        VERSION("version"),
        STATUS("status"),
        LAST_SEEN("lastOkAt");

        private final String field;

        Column(String field) {
            this.field = field;
        }

        /** The column for a URL value such as {@code version} or {@code lastSeen}, if there is one. */
        public static Optional<Column> of(String text) {
            for (Column column : values()) {
                if (column.urlName().equals(text)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }

        public String urlName() {
            return this == LAST_SEEN ? "lastSeen" : name().toLowerCase();
        }
    }

    /** A sort of the device list: a whitelisted column, so no URL text ever reaches a query. */
    public record DeviceOrder(Column column, boolean descending) {

        public static final DeviceOrder BY_NAME = new DeviceOrder(Column.NAME, false);

        Sort sort() {
            Sort sort = Sort.by(column.field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
                    Sort.NullPrecedence.NULLS_LAST);
            return column == Column.NAME ? sort : sort.and("name");
        }
    }

    /**
     * Filters of the device list; null fields do not filter.
     *
     * @param status  a poll status, or {@link #FAILING} for any failed one
     * @param search  part of the name, host, version or serial, any case
     * @param version exact version
     * @param compliance golden-version state
     */
    public record DeviceFilter(String platform, String group, String status, boolean includeRemoved, String search,
            String version, Compliance compliance) {

        /** The status filter for every device whose last poll failed, whatever the status. */
        public static final String FAILING = "FAILING";

        public DeviceFilter(String platform, String group, String status, boolean includeRemoved) {
            this(platform, group, status, includeRemoved, null, null);
        }

        public DeviceFilter(String platform, String group, String status, boolean includeRemoved, String search,
                String version) {
            this(platform, group, status, includeRemoved, search, version, null);
        }

        String query() {
            StringBuilder query = new StringBuilder("1 = 1");
            if (!includeRemoved) {
                query.append(" and inInventory = true");
            }
            if (platform != null) {
                query.append(" and platform = :platform");
            }
            if (group != null) {
                query.append(" and group = :group");
            }
            if (FAILING.equals(status)) {
                query.append(" and status is not null and status <> io.driftwatch.domain.PollStatus.OK");
            } else if (status != null) {
                query.append(" and cast(status as String) = :status");
            }
            if (version != null) {
                query.append(" and version = :version");
            }
            if (compliance != null) {
                query.append(" and compliance = :compliance");
            }
            if (search != null) {
                query.append(" and (lower(name) like :search or lower(host) like :search"
                        + " or lower(version) like :search or lower(serial) like :search)");
            }
            return query.toString();
        }

        Parameters parameters() {
            Parameters parameters = new Parameters();
            if (platform != null) {
                parameters.and("platform", platform);
            }
            if (group != null) {
                parameters.and("group", group);
            }
            if (status != null && !FAILING.equals(status)) {
                parameters.and("status", status);
            }
            if (version != null) {
                parameters.and("version", version);
            }
            if (compliance != null) {
                parameters.and("compliance", compliance);
            }
            if (search != null) {
                parameters.and("search", "%" + search.toLowerCase(java.util.Locale.ROOT) + "%");
            }
            return parameters;
        }
    }
}
