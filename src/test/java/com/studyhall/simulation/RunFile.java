package com.studyhall.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Developer tool: run a .py file through the engine (java ... RunFile file.py); a file.in beside it is its stdin. */
final class RunFile {
    private static String stdin(String py) throws java.io.IOException {
        Path in = Path.of(py.replaceAll("\\.py$", ".in"));
        return Files.exists(in) ? Files.readString(in) : "";
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--check")) {
            for (int i = 1; i < args.length; i++) {
                System.out.println(args[i] + ": " + CheckedRun.run(Files.readString(Path.of(args[i])), stdin(args[i])));
            }
            return;
        }
        for (String a : args) {
            // The lab's limits, but a patient clock: a cold JVM on a busy machine can take 2 s for a short program.
            SimulationResult r = new Simulator().run(new SimulationRequest(Files.readString(Path.of(a)), EngineRuns.patient(Duration.ofSeconds(30)), false, stdin(a),
                    Path.of(a).getFileName().toString()));
            System.out.print(r.stdout());
            System.err.print(r.stderr());
            if (r.error() != null && r.error().traceback() != null) System.err.print(r.error().traceback());
            if (r.error() != null) System.out.println("ERR " + r.error().lastStderrLine());
            r.diagnostics().forEach(d -> System.out.println("DIAG " + d));
        }
    }
}
