package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyList;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import java.util.List;

/**
 * PEP 678's exception notes (3.11): BaseException.add_note appends a str to the exception's
 * {@code __notes__} list, made on first use (Objects/exceptions.c), and an uncaught exception's
 * report prints each note on the lines after "Type: message" (Python/pythonrun.c, print_exception_notes).
 */
final class ExceptionNotes {
    private ExceptionNotes() { }

    static PyObject add(Interpreter in, PyInstance exc, PyObject note) {
        if (!(note instanceof PyStr)) throw new PyRaise("TypeError", "note must be a str, not '" + note.typeName() + "'");
        PyObject notes = in.instanceDicts.get(exc, "__notes__");
        if (notes == null) {
            PyList fresh = in.heap.alloc(new PyList(new java.util.ArrayList<>(), 0));
            in.heap.incref(fresh);
            in.setAttr(exc, "__notes__", fresh);
            notes = fresh;
        } else {
            in.heap.incref(notes);
        }
        try {
            if (!(notes instanceof PyList list)) throw new PyRaise("TypeError", "Cannot add note: __notes__ is not a list");
            if (list.items.size() >= list.allocated) list.resizeFor(list.items.size() + 1);
            list.items.add(in.heap.newRef(note));
        } finally {
            in.heap.decref(notes);
        }
        return in.values.none;
    }

    /** The report's note lines, each after a newline: a sequence's items (str as written), any other value's repr. */
    static String lines(Interpreter in, PyInstance exc) {
        PyObject notes = in.instanceDicts.get(exc, "__notes__");
        if (notes == null) return "";
        StringBuilder out = new StringBuilder();
        List<PyObject> items = notes instanceof PyList l ? l.items : notes instanceof PyTuple t ? List.of(t.items) : null;
        if (items == null) return "\n" + safely(() -> in.ops.repr(notes), "<__notes__ repr() failed>", in);
        for (PyObject note : List.copyOf(items)) {
            out.append('\n').append(note instanceof PyStr s ? s.value : safely(() -> in.ops.str(note), "<note str() failed>", in));
        }
        return out.toString();
    }

    private static String safely(java.util.function.Supplier<String> text, String failed, Interpreter in) {
        try {
            return text.get();
        } catch (PyRaise e) {
            if (!ExceptionHandling.catchable(e)) throw e;
            in.exceptions.discard(e);
            return failed;
        }
    }
}
