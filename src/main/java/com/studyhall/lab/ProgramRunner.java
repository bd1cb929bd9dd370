package com.studyhall.lab;

import com.studyhall.simulation.Diagnostic;
import com.studyhall.simulation.SimulationResult;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs a program without a trace, for features that only need its output (the mock tests'
 * computed answers). Such a feature declares its own small interface and a one-line adapter in
 * {@code lab} delegates here, so only {@code lab} talks to the engine.
 */
@Service
public class ProgramRunner {

    private static final String ENGINE_CLASSES = "classpath*:com/studyhall/simulation/**/*.class";

    private final LabEngine engine;
    // Digesting the engine's classes reads a few hundred files (0.26 s of the main thread under
    // load): done beside the start-up, waited for by the first caller.
    private final CompletableFuture<String> engineVersion;

    ProgramRunner(LabEngine engine) {
        this.engine = engine;
        this.engineVersion = CompletableFuture.supplyAsync(() -> "cpython-3.11-model+" + fingerprint());
    }

    /**
     * Changes whenever the engine's code changes (a digest of its compiled classes), so outputs
     * cached under an older version are known to be stale without anyone remembering to bump a number.
     */
    public String engineVersion() {
        try {
            return engineVersion.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** Runs the program under the lab's limits and returns its output. Thread-safe. */
    public ProgramOutput run(String code) {
        SimulationResult result = engine.run(code, false);
        if (result.rejected()) {
            Diagnostic first = result.diagnostics().get(0);
            return new ProgramOutput("", "SyntaxError: " + first.message(), false);
        }
        return new ProgramOutput(result.stdout(), result.error() == null ? null : result.error().lastStderrLine(), true);
    }

    private static String fingerprint() {
        try {
            // This class's own loader: the pool thread's context loader cannot see a packaged jar's classes.
            Resource[] classes = new PathMatchingResourcePatternResolver(ProgramRunner.class.getClassLoader())
                    .getResources(ENGINE_CLASSES);
            if (classes.length == 0) {
                throw new IllegalStateException("no engine classes found under " + ENGINE_CLASSES);
            }
            Arrays.sort(classes, Comparator.comparing(ProgramRunner::pathOf));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource resource : classes) {
                digest.update(pathOf(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's classes", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // The part after the package root, so the same classes give the same digest from a jar or a directory.
    private static String pathOf(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("com/studyhall/simulation/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
