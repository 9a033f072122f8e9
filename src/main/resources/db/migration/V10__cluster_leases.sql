-- Named leases (issue 14): work that must have one runner cluster-wide, such as a hook's sender, runs on the replica
-- whose row this is, while it renews lease_until. Portable SQL (H2, PostgreSQL); only written when
-- driftwatch.cluster.enabled=true, which needs PostgreSQL.
create table cluster_lease (
    name         varchar(128) primary key,
    node_id      varchar(128) not null,
    lease_until  timestamp(6) with time zone not null
);
