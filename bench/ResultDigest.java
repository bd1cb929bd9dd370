import com.studyhall.simulation.*;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
/**
 * For every .py under the given folders: a digest of everything a run answers but its time (stdout,
 * error, diagnostics, every trace step, the counts), untraced then traced, so two builds of the engine
 * can be compared with diff. A run stopped by the time limit prints TIMELIMIT (raise it with -Dtimeout=SECONDS).
 * {@code java -Xss512m -cp target/classes bench/ResultDigest.java src/test/resources/scenarios bench > after.txt}
 */
public class ResultDigest {
    public static void main(String[] a) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String root : a) try (var w = Files.walk(Path.of(root))) { w.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add); }
        Simulator s = new Simulator();
        for (Path p : files) {
            String code = Files.readString(p);
            StringBuilder line = new StringBuilder(p.toString());
            for (boolean trace : new boolean[] {false, true}) {
                SimulationResult r = s.run(new SimulationRequest(code, new Limits(20_000, 100_000, 100_000, 1_000, java.time.Duration.ofSeconds(Long.getLong("timeout", 2)), 64 * 1024), trace));
                String err = String.valueOf(r.error());
                if (err.contains("TimeLimitExceeded")) { line.append(" TIMELIMIT"); continue; }
                Stats st = r.stats();
                String all = r.stdout() + "|" + err + "|" + r.diagnostics() + "|" + r.steps() + "|" + st.steps() + "," + st.objectsAllocated() + "," + st.objectsFreed() + "," + st.collections();
                byte[] d = MessageDigest.getInstance("SHA-256").digest(all.getBytes("UTF-8"));
                line.append(' ').append(HexFormat.of().formatHex(d, 0, 8));
            }
            System.out.println(line);
        }
    }
}
