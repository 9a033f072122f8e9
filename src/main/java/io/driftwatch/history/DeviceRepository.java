package io.driftwatch.history;

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
        return find(filter.query(), Sort.by("name"), filter.parameters()).page(Page.of(page, size)).list();
    }

    public long count(DeviceFilter filter) {
        return count(filter.query(), filter.parameters());
    }

    /** Every device still in the inventory, or also the removed ones. */
    public List<Device> all(boolean includeRemoved) {
        return includeRemoved ? listAll(Sort.by("name")) : list("inInventory", Sort.by("name"), true);
    }

    /** Filters of the device list; null fields do not filter. */
    public record DeviceFilter(String platform, String group, String status, boolean includeRemoved) {

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
            if (status != null) {
                query.append(" and cast(status as String) = :status");
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
            if (status != null) {
                parameters.and("status", status);
            }
            return parameters;
        }
    }
}
