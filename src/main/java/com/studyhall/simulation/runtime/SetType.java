package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/** set: the set operators and queries of {@link SetLikeType}, and the methods that change it. */
final class SetType extends SetLikeType {
    SetType(Interpreter in) {
        super("set", in);
        ContainerMethods.installSetChanges(this);
        method("add", (self, args, kw) -> {
            ((PySet) PyInstance.bodyOf(self)).add(heap.newRef(args.get(0)), heap);
            return v.none;
        });
        method("remove", (self, args, kw) -> {
            PyObject o = ((PySet) PyInstance.bodyOf(self)).discard(args.get(0));
            if (o == null) throw PyRaise.withArg("KeyError", ops().repr(args.get(0)), heap.newRef(args.get(0)));
            heap.decref(o);
            return v.none;
        });
        method("discard", (self, args, kw) -> {
            PyObject o = ((PySet) PyInstance.bodyOf(self)).discard(args.get(0));
            if (o != null) heap.decref(o);
            return v.none;
        });
        method("clear", (self, args, kw) -> {
            self.releaseContents(heap);
            return v.none;
        });
    }

    /**
     * set_ior, set_iand, set_isub and set_ixor: the set changes itself. &= builds the intersection
     * and swaps tables with it (set_swap_bodies), so the set gets the new, smaller table.
     */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PySet y)) return null;
        PySet x = (PySet) PyInstance.bodyOf(a);
        switch (op) {
            case PIPE -> merge(x, y);
            case AMPER -> {
                PySet both = (PySet) binary(TokenType.AMPER, x, y);
                x.swapBodies(both);
                heap.decref(both);
            }
            case MINUS -> {
                if (x == y) x.releaseContents(heap);
                else for (PyObject m : y.members()) {
                    PyObject gone = x.discard(m);
                    if (gone != null) heap.decref(gone);
                }
            }
            case CARET -> {
                if (x == y) x.releaseContents(heap);
                else toggle(x, y);
            }
            default -> {
                return null;
            }
        }
        return heap.newRef(a); // the set itself: a subclass's instance, not its set part
    }

    /** set_merge: presize for the other's members, then add each. */
    private void merge(PySet into, PySet from) {
        into.reserveFor(from.size());
        for (PyObject m : from.members()) into.add(heap.newRef(m), heap);
    }
}
