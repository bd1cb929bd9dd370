package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFrameObject;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyTraceback;
import com.studyhall.simulation.heap.Reprs;
import java.util.Set;

/** The traceback and frame types: read-only attributes a program may inspect (tb_next, tb_frame, f_back...). */
final class TracebackType extends BuiltinType {
    /** Attribute names of tracebacks and frames the lab answers (for the checker's catalogue). */
    static final Set<String> ATTRIBUTES = Set.of("tb_next", "tb_frame", "tb_lineno", "f_back", "f_lineno", "f_code");

    TracebackType(String name, Interpreter in) {
        super(name, null, in);
        if (name.equals("frame")) method("clear", (self, args, kw) -> clearFrame((PyFrameObject) self, args, kw));
    }

    /**
     * frame.clear() (frame_clear, 3.11): a finished frame whose object owns its locals lets them go
     * (frame_tp_clear: the locals only; f_back and f_locals stay); a frame still running raises. A
     * suspended generator's frame would close its generator (_PyGen_Finalize), which the lab does not
     * do from here: that one stops as unsupported.
     */
    private PyObject clearFrame(PyFrameObject f, java.util.List<PyObject> args, java.util.Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "frame.clear() takes no keyword arguments");
        if (!args.isEmpty()) throw new PyRaise("TypeError", "frame.clear() takes no arguments (" + args.size() + " given)");
        if (f.owned()) {
            f.clear(heap);
            return v.none;
        }
        if (running(f) != null) throw new PyRaise("RuntimeError", "cannot clear an executing frame");
        throw new PyRaise("TypeError", "clear() of a suspended generator's frame is not supported in the memory lab");
    }

    /** The running frame whose frame object f is, or null (f owns its locals, or a generator holds it). */
    private Frame running(PyFrameObject f) {
        for (int i = 0; i < in.frames.size(); i++) {
            if (in.frames.get(i).frameObject == f) return in.frames.get(i);
        }
        return null;
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
            // Only read for co_name (syntax.Checker): the frame's code's own name, as a traceback line shows it.
            case "f_code" -> new CodeValue(TracebackText.shortName(f.name));
            // A running frame's f_lineno is the line it is at now (a caller's: the call in progress).
            case "f_lineno" -> {
                Frame live = f.owned() ? null : running(f);
                yield v.integer(live != null ? live.line : f.lineno);
            }
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
