-- The home page's storefront (issue 21): the one course an admin features. A single row (id 1),
-- made here so the storefront never has to create it; no course is featured until someone chooses.
-- chosen_at stays null until a choice is made, so the demo data features its flagship only once.
create table storefront (
    id                 integer not null primary key,
    featured_course_id bigint references course (id) on delete set null,
    chosen_at          timestamp with time zone,
    chosen_by          bigint references app_user (id) on delete set null,
    version            bigint  not null default 0
);

insert into storefront (id, version) values (1, 0);
