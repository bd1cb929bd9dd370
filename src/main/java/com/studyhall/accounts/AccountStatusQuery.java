package com.studyhall.accounts;

import com.studyhall.resilience.ChangeNotices;
import com.studyhall.resilience.NodeCopies;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The check every request of a signed-in person runs ({@link AccountService#status}): one indexed
 * query, a row per role, each with the account's flags and whether a second factor is on.
 * <p>
 * Plain SQL on a pooled connection in auto-commit: through JPA the same query also opened a
 * transaction and an entity manager and translated its JPQL on every request, which cost more than
 * the query (docs/benchmarks.md).
 * <p>
 * On PostgreSQL each node keeps the answer per account ({@link NodeCopies}) until the database says
 * the account changed: triggers on the three tables the query reads (db/vendor/postgresql/V29_1)
 * announce every committed change on the channel {@code studyhall_accounts}, whoever makes it, so
 * a page view asks the database nothing about its account. On H2 (one node) every request asks.
 */
@Component
class AccountStatusQuery implements DisposableBean {

    static final String CHANNEL = "studyhall_accounts";

    private static final String STATUS = """
            select u.enabled, u.session_generation, u.must_change_password, r.role,
                   (select count(*) from totp_credential t where t.user_id = u.id and t.enabled) as second_factors,
                   u.learner_rows_version
            from app_user u left join app_user_role r on r.user_id = u.id
            where u.id = ?""";

    private final JdbcClient jdbc;
    private final ChangeNotices notices;
    private final NodeCopies<Long, AccountStatus> copies;

    AccountStatusQuery(JdbcClient jdbc, DataSource dataSource, @Value("${spring.datasource.url:}") String databaseUrl,
                       @Value("${app.accounts.node-copies:10000}") int nodeCopies,
                       @Value("${app.accounts.kept-fresh-for:1m}") Duration keptFreshFor) {
        this.jdbc = jdbc;
        this.notices = nodeCopies > 0 ? ChangeNotices.on(dataSource, databaseUrl, CHANNEL) : ChangeNotices.NONE;
        this.copies = new NodeCopies<>(notices, Long::valueOf, Math.max(nodeCopies, 1), keptFreshFor, Clock.systemUTC());
    }

    Optional<AccountStatus> status(long userId) {
        return Optional.ofNullable(copies.read(userId, id -> fromDatabase(id).orElse(null)));
    }

    @Override
    public void destroy() {
        notices.close();
    }

    private Optional<AccountStatus> fromDatabase(long userId) {
        return AccountStatusRow.status(userId, jdbc.sql(STATUS).param(userId)
                .query((row, number) -> new AccountStatusRow(row.getBoolean(1), row.getLong(2), row.getBoolean(3),
                        role(row.getString(4)), row.getLong(5), row.getLong(6)))
                .list());
    }

    private static Role role(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
