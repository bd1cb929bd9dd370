import com.studyhall.simulation.*;
import java.nio.file.*;
import java.lang.management.ManagementFactory;
/**
 * Wall time and process CPU of whole Simulator.run calls on one program, after warming the engine on
 * bench/scenarios (as a server that has answered a few lab runs). From the project root, after a compile:
 * {@code java -cp target/classes bench/TraceTiming.java bench/programs/ackermann.py on 6 200}
 * (program, trace on/off, measured runs, warm-up runs).
 */
public class TraceTiming {
    public static void main(String[] a) throws Exception {
        String code = Files.readString(Path.of(a[0]));
        boolean trace = !a[1].equals("off");
        int runs = Integer.parseInt(a[2]);
        int warm = a.length > 3 ? Integer.parseInt(a[3]) : 0;
        Simulator s = new Simulator();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (var files = Files.list(Path.of("bench/scenarios"))) {
            var progs = files.filter(p -> p.toString().endsWith(".py")).map(p -> { try { return Files.readString(p); } catch (Exception e) { throw new RuntimeException(e); } }).toList();
            for (int i = 0; i < warm; i++) s.run(new SimulationRequest(progs.get(i % progs.size()), Limits.defaults(), true));
        }
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            SimulationResult r = s.run(new SimulationRequest(code, Limits.defaults(), trace));
            System.out.printf("run %d: %d ms wall, %d ms process CPU, steps=%d trace=%d error=%s%n", i, (System.nanoTime()-t)/1_000_000,
                (os.getProcessCpuTime()-cpu)/1_000_000, r.stats().steps(), r.steps().size(), r.error());
        }
    }
}
