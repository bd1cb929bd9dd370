package com.studyhall.persistence;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for a test run, from the first source that works:
 * Testcontainers when a Docker engine answers, else a fresh database on the server at
 * 127.0.0.1:5432 (trust authentication, as on the CI machines), else the test is skipped with
 * the reason. CI sets {@code -Dstudyhall.postgres-tests=required} to fail instead of skipping.
 */
public final class PostgresDatabase {

    public record Connection(String url, String user, String password, String source) {
    }

    private static final String LOCAL_SERVER = System.getProperty("studyhall.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String LOCAL_USER = System.getProperty("studyhall.postgres-user", "postgres");

    private static Connection shared;

    private PostgresDatabase() {
    }

    /**
     * Points a JPA slice test at the shared PostgreSQL database, without the demo data. Call it
     * from the test's {@code @DynamicPropertySource} method.
     */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        var database = get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("app.demo-data", () -> "false");
    }

    /**
     * Points a whole-application test at a database of its own, with the demo data the test
     * profile loads. Call it from the test's {@code @DynamicPropertySource} method.
     */
    public static void registerFresh(org.springframework.test.context.DynamicPropertyRegistry registry) {
        var database = fresh();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    /** One database per JVM, created on first use. */
    public static synchronized Connection get() {
        if (shared == null) {
            shared = dockerAvailable() ? container() : localServer();
        }
        return shared;
    }

    /** A database no other test uses, for tests that load the demo data or run whole nodes. */
    public static synchronized Connection fresh() {
        return dockerAvailable() ? container() : localServer();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Connection container() {
        var postgres = new PostgreSQLContainer("postgres:17-alpine");
        postgres.start();
        return new Connection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), "Testcontainers");
    }

    private static Connection localServer() {
        String database = "studyhall_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", LOCAL_USER, "");
             var statement = admin.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException unreachable) {
            String reason = "Skipped: no Docker engine for Testcontainers and no PostgreSQL at " + LOCAL_SERVER
                    + " (" + unreachable.getMessage() + ")";
            if ("required".equals(System.getProperty("studyhall.postgres-tests"))) {
                throw new IllegalStateException(reason.replace("Skipped: ", "PostgreSQL tests are required but "));
            }
            Assumptions.abort(reason);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(database)));
        return new Connection(LOCAL_SERVER + database, LOCAL_USER, "", "local server");
    }

    private static void drop(String database) {
        try (java.sql.Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", LOCAL_USER, "");
             var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException ignored) {
            // A leftover test database is harmless; the next run makes its own.
        }
    }
}
