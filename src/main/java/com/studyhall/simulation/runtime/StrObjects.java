package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.FormatSpec;

/**
 * The str objects PyObject_Str, PyObject_Repr, PyObject_ASCII and PyObject_Format answer. CPython
 * hands back an existing object where it can: an exact str itself, whatever a program's
 * {@code __str__}, {@code __repr__} or {@code __format__} returned, and the str that
 * str.__format__'s fast path writes whole (a spec that neither pads nor truncates). A unicode
 * writer that receives such an object first and last keeps it rather than copying it, so
 * {@code format(s, ">3")}, {@code "{:>3}".format(s)}, {@code f"{s:>3}"} and {@code "%3s" % s}
 * are {@code s} itself when {@code len(s) >= 3}. Each method answers a new reference.
 */
final class StrObjects {
    private StrObjects() { }

    /** PyObject_Str. */
    static PyObject str(Interpreter in, PyObject o) {
        if (o.getClass() == PyStr.class) return in.heap.newRef(o);
        if (o instanceof PyInstance) {
            in.recursion.enter(RecursionCounter.STR);
            try {
                PyObject own = textObject(in, o, "__str__");
                if (own != null) return own;
                // object_str: a class without __str__ answers what its repr answers.
                if (strIsRepr(o)) return repr(in, o);
            } finally {
                in.recursion.leave();
            }
        }
        return in.values.str(in.ops.str(o));
    }

    /** PyObject_Repr. */
    static PyObject repr(Interpreter in, PyObject o) {
        if (o instanceof PyInstance) {
            in.recursion.enter(RecursionCounter.REPR);
            try {
                PyObject own = textObject(in, o, "__repr__");
                if (own != null) return own;
            } finally {
                in.recursion.leave();
            }
        }
        return in.values.str(in.ops.repr(o));
    }

    /** PyObject_ASCII: the repr itself when it is all ASCII, else its escaped copy. */
    static PyObject ascii(Interpreter in, PyObject o) {
        PyObject r = repr(in, o);
        String text = text(r);
        if (text.chars().allMatch(c -> c < 128)) return r;
        in.heap.decref(r);
        return in.values.str(StrFormat.ascii(text));
    }

    /** The conversion of a !s, !r or !a field (or %s, %r, %a), a new reference. */
    static PyObject converted(Interpreter in, PyObject o, char conversion) {
        return switch (conversion) {
            case 's' -> str(in, o);
            case 'r' -> repr(in, o);
            case 'a' -> ascii(in, o);
            default -> throw new IllegalArgumentException("conversion " + conversion);
        };
    }

    /** A field's formatted object: PyObject_Format of the value, or of its conversion when it has one. */
    static PyObject formatField(Interpreter in, PyObject value, char conversion, String spec) {
        if (conversion == 0) return format(in, value, spec);
        PyObject c = converted(in, value, conversion);
        try {
            return format(in, c, spec);
        } finally {
            in.heap.decref(c);
        }
    }

    /**
     * PyObject_Format(v, spec): an exact str with an empty spec is itself; a program's __format__
     * answers its own object; str.__format__ (of a str or of a str subclass's instance) answers the
     * object itself on its fast path, and str(v) for an empty spec, as object.__format__ does.
     */
    static PyObject format(Interpreter in, PyObject v, String spec) {
        if (v.getClass() == PyStr.class) {
            if (spec.isEmpty() || FormatSpec.parse(spec, "str").keepsWhole(((PyStr) v).value)) return in.heap.newRef(v);
        } else if (v instanceof PyInstance i && !EnumClasses.isMember(v)) {
            InstanceType instances = in.builtinImpl.types.instances();
            if (instances.defines(v, "__format__")) return instances.formatObject(v, spec);
            if (i.body instanceof PyStr body) {
                if (spec.isEmpty()) return str(in, v);
                if (FormatSpec.parse(spec, "str").keepsWhole(body.value)) return in.heap.newRef(v);
            }
            if (spec.isEmpty() && i.body == null && i.exc == null) return Format.throughObjectFormat(in.ops, v, () -> str(in, v));
        }
        return in.values.str(Format.apply(in.ops, v, null, spec));
    }

    /** PyUnicode_Check: a str, or an instance of a program's subclass of str (what __str__ and __repr__ may return). */
    static boolean isStr(PyObject o) {
        return o instanceof PyStr || o instanceof PyInstance i && i.body instanceof PyStr;
    }

    /** The text of a str or of a str subclass's instance. */
    static String text(PyObject o) {
        return o instanceof PyStr s ? s.value : ((PyStr) ((PyInstance) o).body).value;
    }

    /** What a program's __str__ or __repr__ returned (a new reference), or null when its class defines none. */
    private static PyObject textObject(Interpreter in, PyObject o, String name) {
        return in.builtinImpl.types.instances().textObject(o, name);
    }

    /** Whether InstanceType.str ends in object_str's call of repr for this instance. */
    private static boolean strIsRepr(PyObject o) {
        PyInstance i = (PyInstance) o;
        return i.exc == null && !(i.body instanceof PyStr) && !EnumClasses.isMember(o);
    }
}
