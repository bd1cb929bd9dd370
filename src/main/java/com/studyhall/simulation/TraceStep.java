package com.studyhall.simulation;

import java.util.List;
import java.util.Map;

/**
 * One step of the trace: an executed line, a call or return, or one phase of a collection. Heap entries are the
 * CHANGES since the previous step; frames are present only when they changed (null otherwise). stdout and stderr
 * hold what the step wrote to each stream.
 * See docs/simulation-trace.md.
 */
public record TraceStep(int index, int line, String kind, String phase, List<Event> events,
                        List<Frame> frames, List<HeapObject> heap, List<Integer> freed,
                        List<GcRef> gcRefs, String stdout, String stderr, boolean programEnds) {

    /** kind: alloc, incref, decref, dealloc, finalizer, weakref-callback, gc-start, gc-phase, gc-end. */
    public record Event(String kind, Integer object, String text) { }

    /** A frame: its name and its local (or global) names, each bound to an object id. */
    public record Frame(String name, Map<String, Integer> names) { }

    /** An object as it is after this step; refcount is null for shared objects. */
    public record HeapObject(int id, String type, String value, Long refcount, boolean shared, int size,
                             boolean tracked, Integer generation, List<Ref> refs) { }

    /**
     * A reference out of an object, labelled as a learner would read it ("[0]", "key 'a'", ".name").
     * A weak one (a weakref's referent) does not count towards the target's refcount.
     */
    public record Ref(String label, int target, boolean weak) {
        public Ref(String label, int target) {
            this(label, target, false);
        }
    }

    /** gc_refs of one object of the generation being collected, and whether it is tentatively unreachable. */
    public record GcRef(int id, long gcRefs, boolean unreachable) { }
}
