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

import java.time.Duration;

/**
 * When sessions live in the database, the session filter reads them through
 * {@link CoarseLastAccessSessions}, so a request that changes nothing in its session writes nothing.
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
            @Value("${app.session.last-access-granularity:1m}") Duration granularity) {
        return coarse(sessions, granularity);
    }

    /** Names the repository's own (package-private) session type without spelling it. */
    private static <S extends Session> CoarseLastAccessSessions<S> coarse(SessionRepository<S> sessions, Duration granularity) {
        return new CoarseLastAccessSessions<>(sessions, granularity);
    }
}
