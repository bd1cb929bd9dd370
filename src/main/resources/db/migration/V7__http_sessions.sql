-- HTTP sessions for Spring Session JDBC (postgres profile), so that any node serves any user.
-- The shape is the one Spring Session's JdbcIndexedSessionRepository reads and writes; Flyway
-- owns it instead of spring.session.jdbc.initialize-schema. Plain types valid on H2 and
-- PostgreSQL alike (bytea is an H2 alias of varbinary). Times are epoch milliseconds.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
-- The expired-session sweep runs every minute on every node and looks sessions up by expiry.
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
