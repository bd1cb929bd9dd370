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

import java.time.Duration;

/**
 * When sessions live in the database, the session filter reads them through
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
    CoarseLastAccessSessions<?> coarseLastAccessSessions(JdbcIndexedSessionRepository sessions,
            @Value("${app.session.last-access-granularity:1m}") Duration granularity,
            PlatformTransactionManager transactions) {
        TransactionTemplate writes = new TransactionTemplate(transactions);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return coarse(sessions, granularity, writes);
    }

    /**
     * What Spring Session's repository runs each call in (it asks for a bean of this name), here
     * nothing: see the class comment. Never injected by its type alone.
     */
    @Bean(name = "springSessionTransactionOperations", defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /** Names the repository's own (package-private) session type without spelling it. */
    private static <S extends Session> CoarseLastAccessSessions<S> coarse(SessionRepository<S> sessions, Duration granularity,
                                                                          TransactionOperations writes) {
        return new CoarseLastAccessSessions<>(sessions, granularity, writes);
    }
}
