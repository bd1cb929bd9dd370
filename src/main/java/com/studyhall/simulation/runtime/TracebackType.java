package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFrameObject;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyTraceback;
import com.studyhall.simulation.heap.Reprs;
import java.util.Set;

/** The traceback and frame types: read-only attributes a program may inspect (tb_next, tb_frame, f_back...). */
final class TracebackType extends BuiltinType {
    /** Attribute names of tracebacks and frames the lab answers (for the checker's catalogue). */
    static final Set<String> ATTRIBUTES = Set.of("tb_next", "tb_frame", "tb_lineno", "f_back", "f_lineno");

    TracebackType(String name, Interpreter in) {
        super(name, null, in);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (o instanceof PyTraceback tb) {
            return switch (attr) {
                case "tb_next" -> heap.newRef(tb.next == null ? v.none : tb.next);
                case "tb_frame" -> heap.newRef(tb.frame);
                case "tb_lineno" -> v.integer(tb.lineno);
                default -> null;
            };
        }
        PyFrameObject f = (PyFrameObject) o;
        return switch (attr) {
            case "f_back" -> heap.newRef(f.back == null ? v.none : f.back);
            case "f_lineno" -> v.integer(f.lineno);
            default -> null;
        };
    }

    @Override
    String repr(PyObject o) {
        if (o instanceof PyFrameObject f) {
            return "<frame at " + Reprs.address(o) + ", file '<string>', line " + f.lineno + ", code " + f.name + ">";
        }
        return "<traceback object at " + Reprs.address(o) + ">";
    }
}
