package com.studyhall.simulation.trace;

import com.studyhall.simulation.TraceStep;
import com.studyhall.simulation.gc.GcRecorder;
import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyWeakref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records the trace: events as they happen, and at each step the objects that changed, the
 * objects freed, the frames (only when they changed) and the output appended.
 */
public final class Tracer implements GcRecorder {
    private static final int MAX_EVENTS_PER_STEP = 200;
    private static final int MAX_REFS_PER_OBJECT = 16;
    private static final int MAX_GC_REFS = 300;

    private final Heap heap;
    private final Supplier<List<TraceStep.Frame>> frames;
    private final java.util.function.IntSupplier currentLine;
    private final java.util.function.IntFunction<PyObject> lookup;
    /** Ids already described to the client: a frame or reference to any other id brings its object along. */
    private final java.util.BitSet shown = new java.util.BitSet();
    private final Map<Integer, List<TraceStep.Ref>> lastRefs = new java.util.HashMap<>();
    private final List<TraceStep> steps = new ArrayList<>();
    /** Ids emit still has to bring along; always empty between steps (kept to spare a list per step). */
    private final List<Integer> pending = new ArrayList<>();
    private List<TraceStep.Event> events = new ArrayList<>();
    private final ObjectsInOrder changed = new ObjectsInOrder();
    private final List<Integer> freed = new ArrayList<>();
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private List<TraceStep.Frame> lastFrames = List.of();
    private int line;
    private boolean programEnds;

    public Tracer(Heap heap, Supplier<List<TraceStep.Frame>> frames, java.util.function.IntSupplier currentLine,
                  java.util.function.IntFunction<PyObject> lookup) {
        this.heap = heap;
        this.frames = frames;
        this.currentLine = currentLine;
        this.lookup = lookup;
    }

    public List<TraceStep> steps() {
        return steps;
    }

    public static String describe(PyObject o) {
        return o.typeName() + " #" + o.id;
    }

    public void event(String kind, PyObject o, String text) {
        if (events.size() < MAX_EVENTS_PER_STEP) events.add(new TraceStep.Event(kind, o == null ? null : o.id, text));
        if (o != null && !o.freed) changed.addIfAbsent(o, 0);
    }

    /** The object changed without a reference count change (it moved generation): shown again at this step. */
    public void touched(PyObject o) {
        if (!o.shared && !o.freed) changed.addIfAbsent(o, 0);
    }

    public void allocated(PyObject o) {
        if (o.shared) return;
        event("alloc", o, describe(o) + " is created");
    }

    public void deallocated(PyObject o) {
        changed.remove(o);
        lastRefs.remove(o.id);
        countBefore.remove(o);
        freed.add(o.id);
        event("dealloc", null, "refcount of " + describe(o) + " drops to 0, so it is freed");
    }

    /**
     * Reference count changes are summarized per step: temporaries that come and go within a
     * statement (the value stack) would otherwise drown the changes that matter.
     */
    public void refChanged(PyObject o, boolean increment) {
        if (o.shared) return;
        changed.addIfAbsent(o, 0);
        countBefore.addIfAbsent(o, increment ? o.refcnt - 1 : o.refcnt + 1);
    }

    /** The refcount each object had when the step first changed it. */
    private final ObjectsInOrder countBefore = new ObjectsInOrder();

    private void summarizeRefcounts() {
        for (int i = 0; i < countBefore.end(); i++) {
            PyObject o = countBefore.at(i);
            if (o == null) continue;
            long before = countBefore.valueAt(i);
            if (o.freed || o.refcnt == before || events.size() >= MAX_EVENTS_PER_STEP) continue;
            boolean up = o.refcnt > before;
            events.add(new TraceStep.Event(up ? "incref" : "decref", o.id, "refcount of " + describe(o)
                    + (up ? " rises from " : " drops from ") + before + " to " + o.refcnt));
        }
        countBefore.clear();
    }

    public void stdout(String s) {
        stdout.append(s);
    }

    public void stderr(String s) {
        stderr.append(s);
    }

    /** Ends a line step. */
    public void step(int line) {
        this.line = line;
        emit(programEnds ? "end" : "line", null, null);
    }

    private void syncLine() {
        line = currentLine.getAsInt();
    }

    /**
     * A function was entered: its frame is on the stack now. What happened while the arguments
     * were evaluated belongs to this step.
     */
    public void call(int line, String function) {
        this.line = line;
        emit("call", function, null);
    }

    /** A function returned from line: its frame is gone and its locals released. */
    public void returned(int line, String function) {
        this.line = line;
        emit("return", function, null);
    }

    /**
     * The last line has run: what remains (the last line's own changes) is emitted as that line's
     * step, and everything after it (the final collections, finalizers, the release of the
     * globals) is marked as the program ending, not as the work of the last line.
     */
    public void programEnds(int lastLine) {
        flush(lastLine);
        programEnds = true;
    }

    /** Emits what is pending (at the end of a run). */
    public void flush(int line) {
        if (!events.isEmpty() || !changed.isEmpty() || !freed.isEmpty() || stdout.length() > 0 || stderr.length() > 0) step(line);
    }

    private void emit(String kind, String phase, List<TraceStep.GcRef> gcRefs) {
        summarizeRefcounts();
        List<TraceStep.Frame> now = frames.get();
        List<TraceStep.Frame> frameChange = sameFrames(now, lastFrames) ? null : now;
        List<TraceStep.Frame> before = lastFrames;
        lastFrames = now;
        List<TraceStep.HeapObject> heapChanges = new ArrayList<>();
        for (int i = 0; i < changed.end(); i++) {
            PyObject o = changed.at(i);
            if (o != null && !o.freed) {
                heapChanges.add(view(o));
                // Marked now, so that a frame naming it does not bring it along a second time.
                shown.set(o.id);
            }
        }
        // Bring along every object a frame or a shown object points to that the client has not seen yet.
        List<Integer> pending = this.pending;
        if (frameChange != null) {
            // A view the last step already showed (the same instance) has had its objects brought along.
            for (int i = 0; i < frameChange.size(); i++) {
                TraceStep.Frame f = frameChange.get(i);
                if (i >= before.size() || before.get(i) != f) pending.addAll(f.names().values());
            }
        }
        for (int i = 0; i < heapChanges.size() || !pending.isEmpty(); i++) {
            if (i < heapChanges.size() && heapChanges.get(i).refs() != null) {
                for (TraceStep.Ref r : heapChanges.get(i).refs()) pending.add(r.target());
            }
            while (!pending.isEmpty()) {
                int id = pending.remove(pending.size() - 1);
                if (shown.get(id)) continue;
                PyObject o = lookup.apply(id);
                shown.set(id);
                if (o != null && !o.freed) {
                    heapChanges.add(view(o));
                    break;
                }
            }
        }
        steps.add(new TraceStep(steps.size(), line, kind, phase, events, frameChange, heapChanges,
                new ArrayList<>(freed), gcRefs, stdout.toString(), stderr.toString(), programEnds));
        events = new ArrayList<>();
        changed.clear();
        freed.clear();
        stdout.setLength(0);
        stderr.setLength(0);
    }

    /** Frame views are reused while unchanged, so identity decides most steps without comparing maps. */
    private static boolean sameFrames(List<TraceStep.Frame> now, List<TraceStep.Frame> last) {
        if (now == last) return true;
        if (now.size() != last.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != last.get(i) && !now.get(i).equals(last.get(i))) return false;
        }
        return true;
    }

    /**
     * collections.abc's classes and the functions in their dicts are objects CPython made at start-up
     * (shared here): a program's class deriving from one draws it as a box without its references, or
     * the module's whole graph (25 classes, their dicts, some 70 functions and their globals) would
     * come along into the diagram.
     */
    private static boolean libraryLeaf(PyObject o) {
        return o.shared && (o instanceof PyFunction || o instanceof PyClass c && "collections.abc".equals(c.module));
    }

    private TraceStep.HeapObject view(PyObject o) {
        List<TraceStep.Ref> refs = new ArrayList<>();
        // Big containers show their first references only; "value" still gives their length.
        if (!libraryLeaf(o)) o.labeledRefs((label, target) -> refs.add(new TraceStep.Ref(label, target.id)), MAX_REFS_PER_OBJECT);
        // A weakref.ref subclass's instance points weakly through its weak-reference part.
        if (PyInstance.bodyOf(o) instanceof PyWeakref w && w.referent != null && !w.referent.freed) {
            refs.add(new TraceStep.Ref("referent", w.referent.id, true));
        }
        // refs is null when it is the same as the last time this object was shown.
        List<TraceStep.Ref> previous = lastRefs.put(o.id, refs);
        return new TraceStep.HeapObject(o.id, o.typeName(), o.shortValue(), o.shared ? null : Long.valueOf(o.refcnt), o.shared,
                (int) o.sizeof(), o.isTracked(), o.generation >= 0 && o.generation < Heap.GENERATIONS ? Integer.valueOf(o.generation) : null,
                refs.equals(previous) ? null : refs);
    }

    // ---- collector phases: steps of their own ----

    @Override
    public void start(int generation, List<PyObject> young) {
        syncLine();
        event("gc-start", null, "the garbage collector starts on generation " + generation + " (" + young.size() + " objects)");
        emit("gc", "start", null);
    }

    @Override
    public void phase(String name, String explanation, List<PyObject> objects) {
        syncLine();
        event("gc-phase", null, name + ": " + explanation);
        List<TraceStep.GcRef> refs = new ArrayList<>();
        // A big generation shows its first objects; the unreachable ones are always listed.
        for (PyObject o : objects) {
            if (refs.size() < MAX_GC_REFS || o.unreachable) refs.add(new TraceStep.GcRef(o.id, o.gcRefs, o.unreachable));
        }
        emit("gc", name, refs);
    }

    @Override
    public void end(int generation, long found) {
        syncLine();
        event("gc-end", null, "the collection of generation " + generation + " found " + found + " unreachable objects");
        emit("gc", "end", null);
    }

    public static Map<String, Integer> names(List<String> names, List<PyObject> objects) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) if (objects.get(i) != null) out.put(names.get(i), objects.get(i).id);
        return out;
    }
}
