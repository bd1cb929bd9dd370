package com.studyhall.simulation.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What CPython 3.11's first import of a library module does to the collector, for the modules the
 * lab provides that `python3` has not loaded at start-up (its site-packages .pth file imports re,
 * typing, os and about a hundred others before the program runs). Loading the module runs its
 * code: hundreds of tracked allocations and frees in generation 0, which can start automatic
 * collections, and some leave garbage behind (datetime.py's Python classes, dropped once _datetime
 * has replaced them). Measured by tools/import_footprint/measure.py into import-footprints.tsv as a
 * function of the generation-0 count before the import (with start-up's free lists); see
 * docs/simulation-engine.md, "The first import of a library module".
 */
public final class ImportFootprints {
    /** The highest count before an import the table lists: above 700 the import's first allocation collects. */
    private static final int THRESHOLD = 700;

    /**
     * The import as seen from gc: the count it leaves, how many automatic collections it starts,
     * the objects of its own they collect, and its garbage still in generation 0 afterwards.
     */
    public record Footprint(int countAfter, int collections, long collected, long garbageLeft) { }

    /** The free lists CPython has after an import: lists, dicts, and tuples by length (index 1 to 19). */
    public record FreeLists(int lists, int dicts, int[] tuples) { }

    /**
     * The import right after gc.collect() (count 0, free lists empty), the free lists it leaves, and
     * how its garbage is found: by a collection of generation 0 first, then by an older one.
     */
    public record AfterCollection(Footprint footprint, FreeLists freeLists, long garbageYoung, long garbageOlderAfterYoung) { }

    /** One module's measurements. */
    private static final class Table {
        /** Below this count no collection starts during the import: the count grows by {@link #delta}. */
        int firstCollecting = THRESHOLD + 1;
        int delta;
        long garbageLeft;
        final Footprint[] collecting = new Footprint[THRESHOLD + 1];
        List<String> loads = List.of();
        AfterCollection afterCollection;
    }

    private static final Map<String, Table> TABLES = load();

    private ImportFootprints() { }

    /** The modules whose first import the table describes. */
    public static Set<String> modules() {
        return TABLES.keySet();
    }

    /**
     * The modules the first import adds to sys.modules, itself included (dataclasses loads copy,
     * inspect, ast...). A module whose import would find one of them loaded already does less than
     * the table says.
     */
    public static List<String> loads(String module) {
        Table t = TABLES.get(module);
        return t == null ? List.of(module) : t.loads;
    }

    /** The first import of the module, begun with this generation-0 count. */
    public static Footprint at(String module, int countBefore) {
        Table t = TABLES.get(module);
        int c = Math.max(0, Math.min(countBefore, THRESHOLD));
        if (c < t.firstCollecting) return new Footprint(countBefore + t.delta, 0, 0, t.garbageLeft);
        // A count the sweep did not reach (the measured counts can skip one): the nearest lower one.
        while (t.collecting[c] == null) c--;
        return t.collecting[c];
    }

    /**
     * Whether the import leaves garbage for the next collection at every count measured (datetime:
     * 289 to 305 objects, depending on the count). dataclasses leaves 23 only when begun at a count
     * of 40 to 116, where its collections come before its garbage is made; the first imports at
     * the top of a program begin well above that.
     */
    public static boolean leavesGarbage(String module) {
        Table t = TABLES.get(module);
        if (t.firstCollecting > 0 && t.garbageLeft == 0) return false;
        for (int c = t.firstCollecting; c < t.collecting.length; c++) {
            if (t.collecting[c] != null && t.collecting[c].garbageLeft() == 0) return false;
        }
        return true;
    }

    /** The first import of the module right after a full collection, which emptied the free lists. */
    public static AfterCollection afterCollection(String module) {
        return TABLES.get(module).afterCollection;
    }

    private static Map<String, Table> load() {
        Map<String, Table> tables = new HashMap<>();
        try (var in = ImportFootprints.class.getResourceAsStream("/com/studyhall/simulation/runtime/import-footprints.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                Table t = tables.computeIfAbsent(f[0], k -> new Table());
                switch (f[1]) {
                    case "loads" -> t.loads = List.of(f[2].split(","));
                    case "collected" -> {
                        int[] tuples = new int[20];
                        String[] byLength = f[10].split(",");
                        for (int n = 1; n < 20; n++) tuples[n] = Integer.parseInt(byLength[n - 1]);
                        t.afterCollection = new AfterCollection(new Footprint(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                                Long.parseLong(f[4]), Long.parseLong(f[5])),
                                new FreeLists(Integer.parseInt(f[8]), Integer.parseInt(f[9]), tuples),
                                Long.parseLong(f[6]), Long.parseLong(f[7]));
                    }
                    case "*" -> {
                        t.delta = Integer.parseInt(f[2]);
                        t.firstCollecting = Integer.parseInt(f[3]) + 1;
                        t.garbageLeft = Long.parseLong(f[4]);
                    }
                    default -> {
                        int before = Integer.parseInt(f[1]);
                        t.firstCollecting = Math.min(t.firstCollecting, before);
                        t.collecting[before] = new Footprint(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                                Long.parseLong(f[4]), Long.parseLong(f[5]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(tables);
    }
}
