package com.studyhall.resilience;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * When sessions live in the database, the session filter reads them through
 * {@link NodeKeptSessions} (on PostgreSQL: a page view reads its session from the node's memory) and
 * {@link CoarseLastAccessSessions}, so a request that changes nothing in its session writes nothing,
 * and reads it in one statement: Spring Session wraps each of its calls in a transaction of its own,
 * which for the read every request makes is a BEGIN and a COMMIT around one SELECT. Its repository
 * runs without one here, and the wrapper puts the writes (a new session, a change, a removal, each of
 * several statements) in a new transaction as before. Its other one-statement calls (the sweep of
 * expired sessions, the lookup of a user's sessions) need none.
 * <p>
 * An auto-configuration (listed in META-INF/spring) rather than a component, because it must come
 * after Spring Boot's JDBC session configuration and exist only when that one made a repository:
 * the embedded run keeps sessions in memory and has none.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class SessionLastAccessWrites {

    @Bean
    @Primary
    NodeKeptSessions<?> nodeSessions(JdbcIndexedSessionRepository sessions, ChangeNotices notices,
            @Value("${app.session.last-access-granularity:1m}") Duration granularity,
            @Value("${app.session.kept-fresh-for:1m}") Duration keptFreshFor,
            @Value("${app.session.node-copies:10000}") int nodeCopies,
            PlatformTransactionManager transactions) {
        TransactionTemplate writes = new TransactionTemplate(transactions);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Without a channel (or with no copies allowed) nothing is ever kept: each read goes through.
        ChangeNotices channel = nodeCopies > 0 ? notices : ChangeNotices.NONE;
        return kept(coarse(sessions, granularity, writes), channel, granularity, keptFreshFor, Math.max(nodeCopies, 1));
    }

    /**
     * On PostgreSQL the nodes tell each other which sessions changed, so each may keep copies
     * ({@link NodeKeptSessions}); on another database (H2 in tests) there is no channel, nothing is
     * kept and every request reads its session as before.
     */
    @Bean
    ChangeNotices sessionNotices(DataSource dataSource, @Value("${spring.datasource.url:}") String databaseUrl) {
        return ChangeNotices.on(dataSource, databaseUrl, "studyhall_sessions");
    }

    /**
     * What Spring Session's repository runs each call in (it asks for a bean of this name), here
     * nothing: see the class comment. Never injected by its type alone.
     */
    @Bean(name = "springSessionTransactionOperations", defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    private static <S extends Session> NodeKeptSessions<S> kept(SessionRepository<S> sessions, ChangeNotices notices,
            Duration granularity, Duration freshFor, int capacity) {
        return new NodeKeptSessions<>(sessions, notices, granularity, freshFor, capacity, Clock.systemUTC());
    }

    /** Names the repository's own (package-private) session type without spelling it. */
    private static <S extends Session> CoarseLastAccessSessions<S> coarse(SessionRepository<S> sessions, Duration granularity,
                                                                          TransactionOperations writes) {
        return new CoarseLastAccessSessions<>(sessions, granularity, writes);
    }
}
