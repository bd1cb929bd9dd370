package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * functools.partialmethod, a Python class in CPython 3.11, run as Python of the lab's own by the lab
 * (LibraryFunctions): it keeps func, args and keywords (flattening a partialmethod of a
 * partialmethod); read through an instance, a function's __get__ gives a bound method and the
 * result is a new partial of it with __self__ set; read through the class, a new _method closure.
 */
final class PartialMethods {
    private PartialMethods() { }

    /**
     * partialmethod as the lab writes it. Seen by a program and so CPython's: the attributes func,
     * args and keywords (a partialmethod of a partialmethod flattened into one), the repr, the
     * partial made per read through an instance (its __self__ set when the bound callable has one),
     * the closure made per read through the class (_method, carrying _partialmethod and
     * __isabstractmethod__), and the TypeError for what cannot be called.
     */
    static final String SOURCE = """
            def _make_partialmethod():
                class partialmethod(object):
                    def __init__(self, func, /, *args, **keywords):
                        if not (callable(func) or hasattr(func, "__get__")):
                            raise TypeError("{!r} is not callable or a descriptor".format(func))
                        if not isinstance(func, partialmethod):
                            self.func = func
                            self.args = args
                            self.keywords = keywords
                            return
                        # a partialmethod of a partialmethod: one level, the older arguments first
                        self.func = func.func
                        self.args = func.args + args
                        self.keywords = {**func.keywords, **keywords}

                    def __repr__(self):
                        shown = ", ".join(map(repr, self.args))
                        named = ", ".join("{}={!r}".format(name, value) for name, value in self.keywords.items())
                        return "{module}.{cls}({func}, {args}, {keywords})".format(module="functools",
                            cls="partialmethod", func=self.func, args=shown, keywords=named)

                    def _make_unbound_method(self):
                        # read through the class: a function taking the instance (or class) first
                        def _method(cls_or_self, /, *args, **keywords):
                            keywords = {**self.keywords, **keywords}
                            return self.func(cls_or_self, *self.args, *args, **keywords)
                        _method.__isabstractmethod__ = self.__isabstractmethod__
                        _method._partialmethod = self
                        return _method

                    def __get__(self, obj, cls=None):
                        binder = getattr(self.func, "__get__", None)
                        if binder is not None:
                            bound = binder(obj, cls)
                            if bound is not self.func:
                                # the callable bound to obj, with the stored arguments in front
                                made = partial(bound, *self.args, **self.keywords)
                                try:
                                    made.__self__ = bound.__self__
                                except AttributeError:
                                    pass
                                return made
                        return self._make_unbound_method().__get__(obj, cls)

                    @property
                    def __isabstractmethod__(self):
                        return getattr(self.func, "__isabstractmethod__", False)
                return partialmethod
            """;

    /** The partialmethod class in functools' globals (partial): a new reference. */
    static PyClass define(Interpreter in, Builtins builtins) {
        return LibraryFunctions.defineClass(in, SOURCE, () -> {
            PyDict globals = in.heap.alloc(new PyDict());
            globals.put(in.values.intern("__name__"), in.values.intern("functools"), in.heap);
            globals.put(in.values.intern("partial"), builtins.moduleFunction("functools", "partial"), in.heap);
            return globals;
        }, "functools", "partialmethod");
    }
}
