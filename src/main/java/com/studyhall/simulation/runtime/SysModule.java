package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** sys: the refcount and size of an object. */
final class SysModule extends NativeModule {
    SysModule(Interpreter in) {
        super("sys", in);
        function("getrefcount", (args, kw) -> {
            PyObject o = one("sys.getrefcount", args);
            return v.integer(o.shared ? 1_000_000_000L : o.refcnt);
        });
        function("getsizeof", (args, kw) -> {
            if (args.isEmpty()) throw new PyRaise("TypeError", "getsizeof() missing required argument 'object' (pos 1)");
            return v.integer(args.get(0).sizeof());
        });
    }
}
