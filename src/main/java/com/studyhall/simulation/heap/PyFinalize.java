package com.studyhall.simulation.heap;

/**
 * A weakref.finalize object. The class has {@code __slots__ = ()}, so the object holds nothing
 * itself (32 bytes with its GC header): its weak reference, function and arguments live in its
 * {@link PyFinalizeInfo}, which the class's registry dict holds while the finalizer is alive.
 */
public final class PyFinalize extends PyWeakReferenceable {
    @Override
    public String typeName() {
        return "finalize";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public long sizeof() {
        return 32;
    }

    @Override
    public String shortValue() {
        return "finalize";
    }
}
