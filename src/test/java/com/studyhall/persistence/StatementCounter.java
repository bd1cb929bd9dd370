package com.studyhall.persistence;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the SQL statements Hibernate prepares on the current thread, so a test can hold a page to
 * the number of queries it needs (MockMvc runs the whole request on the test's thread). Every
 * repository of the application goes through Hibernate; JDBC templates would not be seen.
 */
public final class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** The statements {@code work} sent, in order. */
    public static List<String> statementsOf(ThrowingRunnable work) throws Exception {
        List<String> sql = new ArrayList<>();
        RECORDING.set(sql);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return sql;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void record(String sql) {
        List<String> sink = RECORDING.get();
        if (sink != null) {
            sink.add(sql);
        }
    }

    /** Hands Hibernate the inspector that records; imported by every full-application test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        HibernatePropertiesCustomizer statementRecording() {
            StatementInspector inspector = sql -> {
                record(sql);
                return sql;
            };
            return properties -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, inspector);
        }
    }
}
