package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * The context managers of Lib/contextlib.py (3.11): __enter__ and __exit__ of
 * _GeneratorContextManager (the generator runs to its yield on enter; on exit it is resumed, or the
 * exception is thrown in at the yield and suppressed when the generator swallows it), suppress,
 * closing and nullcontext.
 */
final class ContextlibType extends BuiltinType {
    ContextlibType(Interpreter in) {
        super("contextlib", null, in);
        method("__enter__", (self, args, kw) -> enter((PyContextManager) self));
        method("__exit__", (self, args, kw) -> {
            Args.count("__exit__", args, 3, 3);
            PyContextManager cm = (PyContextManager) self;
            // closing and nullcontext take `*exc_info`: the three arguments are packed into a tuple.
            if (cm.kind.equals("closing") || cm.kind.equals("nullcontext")) {
                return throughArgumentTuple(args, excInfo -> exit(cm, args.get(0), args.get(1), args.get(2)));
            }
            return exit(cm, args.get(0), args.get(1), args.get(2));
        });
    }

    private PyObject enter(PyContextManager cm) {
        return switch (cm.kind) {
            case "_GeneratorContextManager" -> enterGenerator(cm);
            case "closing" -> heap.newRef(cm.get("thing"));
            case "nullcontext" -> heap.newRef(cm.get("enter_result"));
            case "redirect_stdout", "redirect_stderr" -> redirect(cm);
            default -> heap.newRef(v.none);
        };
    }

    /** The sys attribute a _RedirectStream replaces (its class's _stream). */
    private static String stream(PyContextManager cm) {
        return cm.kind.equals("redirect_stdout") ? "stdout" : "stderr";
    }

    /**
     * _RedirectStream.__enter__: self._old_targets.append(getattr(sys, stream)), then
     * setattr(sys, stream, self._new_target); returns the new target.
     */
    private PyObject redirect(PyContextManager cm) {
        PyObject target = cm.get("_new_target");
        PyObject old = sys().replace(stream(cm), heap.newRef(target));
        builtins().append((PyList) cm.get("_old_targets"), old);
        return heap.newRef(target);
    }

    /** _RedirectStream.__exit__: setattr(sys, stream, self._old_targets.pop()). */
    private void restore(PyContextManager cm) {
        PyList olds = (PyList) cm.get("_old_targets");
        PyObject old = olds.items.remove(olds.items.size() - 1);
        olds.resizeFor(olds.items.size());
        heap.decref(sys().replace(stream(cm), old));
    }

    private SysModule sys() {
        return (SysModule) builtins().nativeModule("sys");
    }

    private PyObject exit(PyContextManager cm, PyObject type, PyObject value, PyObject tb) {
        return switch (cm.kind) {
            case "_GeneratorContextManager" -> v.bool(exitGenerator(cm, type, value));
            case "suppress" -> type == v.none ? heap.newRef(v.none) : v.bool(suppresses(cm, type));
            case "closing" -> {
                close(cm.get("thing"));
                yield heap.newRef(v.none);
            }
            case "redirect_stdout", "redirect_stderr" -> {
                restore(cm);
                yield heap.newRef(v.none);
            }
            default -> heap.newRef(v.none);
        };
    }

    /**
     * closing.__exit__: self.thing.close(), the function called with the thing as LOAD_METHOD
     * leaves them (callBorrowed's arguments stand for that stack entry); a builtin value's method bound.
     */
    private void close(PyObject thing) {
        PyObject r = thing instanceof PyInstance i && i.cls.lookup("close") instanceof PyFunction
                ? builtins().types.instances().special(thing, "close")
                : builtins().callMethod(thing, "close", List.of(), java.util.Map.of());
        heap.decref(r);
    }

    /** issubclass(exctype, self._exceptions). */
    private boolean suppresses(PyContextManager cm, PyObject type) {
        for (PyObject c : ((PyTuple) cm.get("_exceptions")).items) {
            if (c instanceof PyClass wanted && type instanceof PyClass raised && raised.isSubclassOf(wanted)) return true;
        }
        return false;
    }

    /** `del self.args, self.kwds, self.func`, then next(self.gen); a generator that ends without yielding is a RuntimeError. */
    private PyObject enterGenerator(PyContextManager cm) {
        heap.decref(cm.take("args"));
        heap.decref(cm.take("kwds"));
        heap.decref(cm.take("func"));
        PyGenerator gen = generator(cm);
        PyObject v = in.generators.send(gen, null);
        if (v != null) return v;
        heap.decref(in.generators.takeReturned());
        throw new PyRaise("RuntimeError", "generator didn't yield");
    }

    /** _GeneratorContextManager.__exit__: whether the exception (if any) is suppressed. */
    private boolean exitGenerator(PyContextManager cm, PyObject type, PyObject value) {
        PyGenerator gen = generator(cm);
        if (type == v.none) {
            PyObject more = in.generators.send(gen, null);
            if (more == null) {
                heap.decref(in.generators.takeReturned());
                return false;
            }
            heap.decref(more);
            throw new PyRaise("RuntimeError", "generator didn't stop");
        }
        PyObject again;
        // The traceback __exit__ was given: `exc.__traceback__ = traceback` puts it back below, which
        // drops the generator's entry (and the locals its frame object took over).
        PyObject given = value instanceof PyInstance vi && vi.exc != null && vi.exc.traceback != null ? heap.newRef(vi.exc.traceback) : null;
        try {
            again = in.generators.throwInto(gen, in.exceptions.thrown(List.of(value)));
        } catch (PyRaise e) {
            PyObject raised = in.exceptions.materialize(e);
            boolean same = raised == value || (in.exceptions.is(e, "RuntimeError") && value instanceof PyInstance vi
                    && ((PyInstance) raised).exc.cause == value && in.exceptions.isInstance(vi, "StopIteration"));
            if (!same) {
                heap.decref(given);
                throw e;
            }
            in.exceptions.discard(e);
            PyInstance passed = (PyInstance) value;
            PyObject grown = passed.exc.traceback;
            passed.exc.traceback = given;
            heap.decref(grown);
            return false;
        }
        heap.decref(given);
        if (again == null) {
            // StopIteration: the generator swallowed the exception; `return exc is not value`.
            heap.decref(in.generators.takeReturned());
            return true;
        }
        heap.decref(again);
        throw new PyRaise("RuntimeError", "generator didn't stop after throw()");
    }

    private static PyGenerator generator(PyContextManager cm) {
        PyObject g = cm.get("gen");
        if (!(g instanceof PyGenerator gen)) throw new PyRaise("TypeError", "'" + g.typeName() + "' object is not an iterator");
        return gen;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyObject value = ((PyContextManager) o).get(attr);
        return value == null ? null : heap.newRef(value);
    }

    @Override
    String repr(PyObject o) {
        return "<" + o.typeName() + " object at " + Reprs.address(o) + ">";
    }
}
