package com.studyhall.simulation.heap;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A struct.Struct object (Modules/_struct.c, 3.11): its format kept as bytes (s_format, the str
 * given is encoded), the compiled codes and the packed size. The struct module's functions compile
 * each format once and keep the object in their cache dict. Weak-referenceable.
 */
public final class PyStruct extends PyWeakReferenceable {
    /** One compiled code: the format character, its offset, its size, and its repeat count. */
    public record Code(char format, int offset, int size, int repeat) { }

    /** s_format: None until __init__ sets the encoded format. */
    public PyObject format;
    /** Whether the byte order is little-endian, and whether sizes are native (@) rather than standard. */
    public boolean little;
    public boolean nativeSizes;
    public List<Code> codes = List.of();
    public int size;
    /** How many values pack takes and unpack gives. */
    public int items;

    public PyStruct(PyObject format) {
        this.format = format;
    }

    /** What prepare_s computed for the format. */
    public void compiled(boolean little, boolean nativeSizes, List<Code> codes, int size, int items) {
        this.little = little;
        this.nativeSizes = nativeSizes;
        this.codes = codes;
        this.size = size;
        this.items = items;
    }

    @Override
    public String typeName() {
        return "_struct.Struct";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (format != null) visit.accept(format);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (format != null) visit.accept("format", format);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject f = format;
        format = null;
        if (f != null) heap.decref(f);
    }

    /** PyStructObject (head, s_size, s_len, s_codes, s_format, weakreflist) and one formatcode per code and the end marker. */
    @Override
    public long sizeof() {
        return 56 + 32L * (codes.size() + 1);
    }

    @Override
    public String shortValue() {
        return "Struct";
    }
}
