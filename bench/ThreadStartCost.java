import java.util.concurrent.*;
/**
 * What Simulator.run paid per run before its workers were pooled: starting (and joining) a thread with
 * a 512 MB stack, against handing a task to a kept thread of the same kind. Wall and process CPU per
 * task, four rounds of 5,000: {@code java bench/ThreadStartCost.java}
 */
public class ThreadStartCost {
    public static void main(String[] a) throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool(r -> { Thread t = new Thread(null, r, "sim", 512L << 20); t.setDaemon(true); return t; });
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 4; round++) {
            int n = 5000;
            long p0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { Thread t = new Thread(null, () -> {}, "s", 512L << 20); t.setDaemon(true); t.start(); t.join(); }
            long p1 = os.getProcessCpuTime(), t1 = System.nanoTime();
            for (int i = 0; i < n; i++) { pool.submit(() -> {}).get(); }
            long p2 = os.getProcessCpuTime(), t2 = System.nanoTime();
            System.out.printf("new thread %.1f us wall %.1f us cpu; pooled %.1f us wall %.1f us cpu%n", (t1-t0)/1e3/n, (p1-p0)/1e3/n, (t2-t1)/1e3/n, (p2-p1)/1e3/n);
        }
    }
}
