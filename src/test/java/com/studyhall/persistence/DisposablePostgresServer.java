package com.studyhall.persistence;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, on a free port, that the test may stop and start: the
 * shared server of {@link PostgresDatabase} must never go down under other tests. Built with the
 * local PostgreSQL binaries (initdb, pg_ctl); run as the {@code postgres} user when the tests run
 * as root, since PostgreSQL refuses to run as root. Skipped with the reason when no binaries are
 * found, or failed when {@code -Dstudyhall.postgres-tests=required}.
 */
public final class DisposablePostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path dataDirectory;
    private final int port;
    private final boolean asPostgresUser;

    private DisposablePostgresServer(Path bin, Path dataDirectory, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Initialises a fresh cluster with trust authentication and starts it. */
    public static DisposablePostgresServer launch() throws Exception {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("studyhall-pg-");
        var server = new DisposablePostgresServer(bin, data, freePort(), root);
        if (root) {
            run(List.of("chown", "postgres", data.toString()));
        }
        server.pg("initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
        server.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Starts the stopped server and waits until it takes connections. */
    public void start() throws Exception {
        startServer();
    }

    /** A fast shutdown, as an operator's restart or a crashed host does to the clients: connections are cut. */
    public void stop() throws Exception {
        pg("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop");
    }

    @Override
    public void close() {
        try {
            if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                pg("pg_ctl", "-D", dataDirectory.toString(), "-m", "immediate", "-w", "stop");
            }
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } catch (Exception alreadyGone) {
            // A leftover temporary directory is harmless.
        }
    }

    private void startServer() throws Exception {
        String options = "-p " + port + " -k " + dataDirectory + " -c listen_addresses=127.0.0.1"
                + " -c fsync=off";
        pg("pg_ctl", "-D", dataDirectory.toString(), "-o", options, "-l", dataDirectory.resolve("server.log").toString(),
                "-w", "start");
    }

    private void pg(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            var bin = versions.map(version -> version.resolve("bin")).filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
            if (bin.isPresent()) {
                return bin.get();
            }
        } catch (IOException noPostgres) {
            // Reported below.
        }
        String reason = "Skipped: no PostgreSQL binaries under /usr/lib/postgresql for a server of the test's own";
        if ("required".equals(System.getProperty("studyhall.postgres-tests"))) {
            throw new IllegalStateException(reason.replace("Skipped: ", "PostgreSQL tests are required but "));
        }
        Assumptions.abort(reason);
        return null;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
