package com.studyhall.production;

import com.studyhall.StudyhallApplication;
import com.studyhall.persistence.PostgresDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** Whole application nodes with the {@code postgres} profile, as the cluster runs them. */
final class PostgresNodes {

    private PostgresNodes() {
    }

    /** A node on the database with the demo data; extra arguments override the defaults. */
    static ConfigurableApplicationContext start(PostgresDatabase.Connection database, String... extra) {
        // Arguments, because they outrank application-postgres.properties as DB_URL etc. would.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.minimum-idle=1",
                "--app.demo-data=true",
                "--app.storage.dir=target/cluster-files",
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off"));
        // The demo data before the node is handed over, as the tests sign in at once; a start that
        // gives the setting itself (StartUpPostgresTests: as in production) keeps its own.
        if (java.util.Arrays.stream(extra).noneMatch(argument -> argument.startsWith("--app.startup-content."))) {
            arguments.add("--app.startup-content.in-background=false");
        }
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(StudyhallApplication.class).profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static void stop(ConfigurableApplicationContext... nodes) {
        for (var node : nodes) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }
}
