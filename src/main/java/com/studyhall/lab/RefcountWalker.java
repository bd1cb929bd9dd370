package com.studyhall.lab;

import com.studyhall.games.RefcountOracle;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.TraceStep;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * The refcount sprint's view of a traced run: the heap is rebuilt step by step (the trace sends
 * changes only) and read at each line of the module level.
 */
@Component
class RefcountWalker implements RefcountOracle {

    private final LabEngine engine;

    RefcountWalker(LabEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<List<LineFacts>> walk(String code) {
        SimulationResult result = engine.run(code, true);
        if (result.rejected() || result.error() != null) {
            return Optional.empty();
        }
        Map<Integer, TraceStep.HeapObject> heap = new HashMap<>();
        List<TraceStep.Frame> frames = List.of();
        Set<Integer> freed = new HashSet<>();
        List<LineFacts> lines = new ArrayList<>();
        for (TraceStep step : result.steps()) {
            if (step.programEnds()) {
                break;
            }
            step.heap().forEach(object -> heap.put(object.id(), object));
            step.freed().forEach(heap::remove);
            freed.addAll(step.freed());
            if (step.frames() != null) {
                frames = step.frames();
            }
            if (step.kind().equals("line") && frames.size() == 1) {
                lines.add(new LineFacts(step.index(), step.line(), names(frames.get(0), heap), Set.copyOf(freed)));
                freed.clear();
            }
        }
        return Optional.of(lines);
    }

    private static Map<String, NamedObject> names(TraceStep.Frame module, Map<Integer, TraceStep.HeapObject> heap) {
        Map<String, NamedObject> names = new LinkedHashMap<>();
        module.names().forEach((name, id) -> {
            TraceStep.HeapObject object = heap.get(id);
            if (object != null) {
                names.put(name, new NamedObject(id, object.type(), object.shared() ? null : object.refcount()));
            }
        });
        return names;
    }

    /** The lab's share-link form (lab-link.js): the program deflated into the fragment, never sent to a server. */
    @Override
    public String labLink(String code, int step) {
        Deflater deflater = new Deflater();
        deflater.setInput(code.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return "/lab#program=" + Base64.getUrlEncoder().withoutPadding().encodeToString(packed.toByteArray())
                + "&step=" + step;
    }
}
