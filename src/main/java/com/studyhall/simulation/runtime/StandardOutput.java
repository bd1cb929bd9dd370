package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.Heap.FreeList;
import java.nio.charset.StandardCharsets;

/**
 * sys.stdout as CPython 3.11 sets it up when standard output is a file or a pipe (the corpus is
 * recorded that way): a TextIOWrapper without line buffering or write-through, whose pending
 * chunks (textio.c's {@code pending_bytes}) are what {@code gc.get_count()} can see. The first
 * write after a flush is kept alone; the second one puts both into a new list (a GC allocation,
 * from the list free list when it has one), later ones are appended. The chunks are handed to the
 * buffer, and the list deallocated (back to the free list, not counted down), when a write would
 * take them past the 8192-byte chunk size (before it is added), when they reach it (after), and on
 * every flush (print(flush=True), input()). The text itself goes to the run's output at once: only
 * the counts depend on the pending chunks. The list is counted, not made: it is no object of the
 * heap (gc.get_objects() does not list it, and the strings it holds have no reference from it).
 */
final class StandardOutput {
    /** TextIOWrapper's chunk_size. */
    private static final int CHUNK_SIZE = 8192;

    private final Heap heap;
    private final java.util.function.Consumer<String> sink;
    /** How many chunks are pending: 0, one kept alone, or more in the list. */
    private int pendingChunks;
    private long pendingBytes;

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

    /** TextIOWrapper.write(text). */
    void write(String text) {
        long bytes = utf8Length(text);
        if (pendingChunks > 0 && pendingBytes + bytes > CHUNK_SIZE) flush();
        if (pendingChunks == 1) heap.countUnmodelledAllocation(FreeList.LIST, 0);
        pendingChunks++;
        pendingBytes += bytes;
        sink.accept(text);
        if (pendingBytes >= CHUNK_SIZE) flush();
    }

    /** _textiowrapper_writeflush: the chunks go to the buffer; a list of them is deallocated. */
    void flush() {
        if (pendingChunks > 1) heap.countUnmodelledDeallocation(FreeList.LIST, 0);
        pendingChunks = 0;
        pendingBytes = 0;
    }

    private static long utf8Length(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return text.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.length();
    }
}
