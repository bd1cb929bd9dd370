package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;

/**
 * The run's standard input, read line by line by input(). As sys.stdin's TextIOWrapper does, it
 * decodes the input a chunk at a time (8192 characters here; CPython's chunks are bytes): every
 * chunk read, the empty one at the end of input included, goes through the utf-8 incremental
 * decoder's Python code, whose {@code (text, consumed)} result tuple is allocated and freed
 * (counted in gc.get_count() unless the tuple free list has one).
 */
final class Stdin {
    private static final int CHUNK_SIZE = 8192;

    private final Heap heap;
    private String text = "";
    private int position;
    /** Where the decoded chunks end: the text before it has been read from the file. */
    private int decodedEnd;
    /** Set by exit() and quit(), which close sys.stdin before raising SystemExit. */
    boolean closed;

    Stdin(Heap heap) {
        this.heap = heap;
    }

    void set(String text) {
        this.text = text == null ? "" : text;
        this.position = 0;
        this.decodedEnd = 0;
        this.closed = false;
    }

    /** The next line without its line ending, or null at end of input (input() then raises EOFError). */
    String readLine() {
        String line = readLineWithEnd();
        if (line == null) return null;
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * sys.stdin.readline(): the next line with its "\n" (the last line may have none), or "" at end
     * of input. A "\r" before the "\n" is dropped, as input() drops it: the lab's input box sends
     * "\r\n" line endings, which a file on Linux would not have.
     */
    String readLineWithEnd() {
        int nl = -1;
        while (true) {
            if (position < decodedEnd) {
                nl = text.indexOf('\n', position);
                if (nl >= 0 && nl < decodedEnd) break;
            }
            if (!readChunk()) break;
        }
        if (position >= text.length()) return null;
        int end = nl < 0 ? text.length() : nl;
        String line = text.substring(position, end);
        position = nl < 0 ? text.length() : nl + 1;
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        return nl < 0 ? line : line + "\n";
    }

    /** readline(limit): at most limit characters of the next line (all of it when limit is negative). */
    String readLineWithEnd(long limit) {
        int start = position;
        String line = readLineWithEnd();
        if (line == null || limit < 0 || line.length() <= limit) return line;
        String head = line.substring(0, (int) limit);
        position = start + head.length();
        return head;
    }

    /** read(n): the next n characters, or fewer at the end of input. */
    String readChars(long n) {
        while (decodedEnd < Math.min(text.length(), position + n) && readChunk()) {
            // decode chunks until n characters are there
        }
        int end = (int) Math.min(text.length(), position + n);
        String chars = text.substring(position, end);
        position = end;
        return chars;
    }

    /** sys.stdin.read(): the rest of the input, each chunk decoded on the way ("" at end of input). */
    String readRest() {
        while (readChunk()) {
            // decode every chunk up to the end of input, as read(-1) does
        }
        String rest = text.substring(Math.min(position, text.length())).replace("\r\n", "\n");
        position = text.length();
        return rest;
    }

    /** textiowrapper_read_chunk: false at the end of input. */
    private boolean readChunk() {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        if (decodedEnd >= text.length()) return false;
        decodedEnd = Math.min(text.length(), decodedEnd + CHUNK_SIZE);
        return true;
    }
}
