package com.studyhall.resilience;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Session attributes are written as upserts, so two requests of one browser can add the same new
 * attribute at once.
 * <p>
 * Spring Session JDBC decides insert or update from the attributes it read when the request
 * began. Two requests that both start before either saves (a double click, two autosaves, a
 * redirect's notice kept for the next page) both insert the same row, and the second insert broke
 * {@code spring_session_attributes_pk} with a 500 for something that had worked. Only used when
 * sessions live in the database (the {@code postgres} profile, or a test that switches it on).
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String POSTGRESQL = """
            insert into %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            values (?, ?, ?)
            on conflict (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) do update set ATTRIBUTE_BYTES = excluded.ATTRIBUTE_BYTES
            """;

    static final String H2 = """
            merge into %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            key (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) values (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
            @Value("${spring.datasource.url:}") String databaseUrl) {
        return repository -> {
            if (databaseUrl.startsWith("jdbc:postgresql:")) {
                repository.setCreateSessionAttributeQuery(POSTGRESQL);
            } else if (databaseUrl.startsWith("jdbc:h2:")) {
                repository.setCreateSessionAttributeQuery(H2);
            }
        };
    }
}
