-- Bastion (jump host) keys pinned like routers' keys, so a restart no longer trusts whoever answers first for the
-- bastion. Portable SQL (H2, PostgreSQL).

create sequence bastion_seq start with 1 increment by 50;

-- One row per jump host address (host:port, as the inventory's jump-host names it). Rows are kept when no group
-- uses the bastion any more, so its pin survives a group being edited out and back in.
create table bastion (
    id                    bigint primary key,
    address               varchar(300) not null,
    host_key              varchar(8192),
    host_key_pinned_at    timestamp(6) with time zone,
    host_key_pinned_by    varchar(255),
    offered_host_key      varchar(8192),
    offered_host_key_at   timestamp(6) with time zone,
    constraint bastion_address_unique unique (address)
);

-- The bastion a device is reached through (its address), so its page can show the bastion's key.
alter table device add column jump_host varchar(300);
