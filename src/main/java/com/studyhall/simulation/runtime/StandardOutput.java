package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.Heap.FreeList;

/**
 * sys.stdout as CPython 3.11 sets it up with PYTHONUNBUFFERED=1 (or {@code python3 -u}), the way
 * the corpus is recorded and this project's machines run python3: a TextIOWrapper that writes
 * through, so every write is flushed at once and its pending chunks (textio.c's
 * {@code pending_bytes}) never become a list. What {@code gc.get_count()} sees of a print is the
 * bound {@code write} method made and freed around each argument, separator and end.
 * <p>
 * Not modelled: a buffered stdout (a file without PYTHONUNBUFFERED keeps the chunks written since
 * the last flush in a list from the second write on, one allocation more until it passes 8192
 * bytes) and a terminal's line buffering (the list is made at the newline's write and freed at
 * once); both are measured in docs/simulation-engine.md.
 */
final class StandardOutput {

    private final Heap heap;
    private final java.util.function.Consumer<String> sink;

    StandardOutput(Heap heap, java.util.function.Consumer<String> sink) {
        this.heap = heap;
        this.sink = sink;
    }

    /**
     * PyFile_WriteObject, as print() writes each argument, separator and end and input() its
     * prompt: it looks up the file's bound {@code write} method (a new builtin method object, freed
     * after the call), makes the text (str() of the object: a __str__ or a repr can run) and calls it.
     */
    void writeObject(java.util.function.Supplier<String> text) {
        heap.countUnmodelledAllocation(FreeList.NONE, 0);
        try {
            write(text.get());
        } finally {
            heap.countUnmodelledDeallocation(FreeList.NONE, 0);
        }
    }

    /** TextIOWrapper.write(text), written through: nothing stays pending. */
    void write(String text) {
        sink.accept(text);
    }
}
