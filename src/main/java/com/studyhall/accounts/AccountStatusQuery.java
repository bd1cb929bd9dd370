package com.studyhall.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The check every request of a signed-in person runs ({@link AccountService#status}): one indexed
 * query, a row per role, each with the account's flags and whether a second factor is on.
 * <p>
 * Plain SQL on a pooled connection in auto-commit: through JPA the same query also opened a
 * transaction and an entity manager and translated its JPQL on every request, which cost more than
 * the query (docs/benchmarks.md).
 */
@Component
class AccountStatusQuery {

    private static final String STATUS = """
            select u.enabled, u.session_generation, u.must_change_password, r.role,
                   (select count(*) from totp_credential t where t.user_id = u.id and t.enabled) as second_factors,
                   u.learner_rows_version
            from app_user u left join app_user_role r on r.user_id = u.id
            where u.id = ?""";

    private final JdbcClient jdbc;

    AccountStatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountStatus> status(long userId) {
        return AccountStatusRow.status(userId, jdbc.sql(STATUS).param(userId)
                .query((row, number) -> new AccountStatusRow(row.getBoolean(1), row.getLong(2), row.getBoolean(3),
                        role(row.getString(4)), row.getLong(5), row.getLong(6)))
                .list());
    }

    private static Role role(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
