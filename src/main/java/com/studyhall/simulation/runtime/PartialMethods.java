package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * functools.partialmethod, a class of Lib/functools.py (3.11), run as Python by the lab
 * (LibraryFunctions): it keeps func, args and keywords (flattening a partialmethod of a
 * partialmethod); read through an instance, a function's __get__ gives a bound method and the
 * result is a new partial of it with __self__ set; read through the class, a new _method closure.
 */
final class PartialMethods {
    private PartialMethods() { }

    static final String SOURCE = """
            def _make_partialmethod():
                class partialmethod(object):
                    def __init__(self, func, /, *args, **keywords):
                        if not callable(func) and not hasattr(func, "__get__"):
                            raise TypeError("{!r} is not callable or a descriptor".format(func))
                        if isinstance(func, partialmethod):
                            self.func = func.func
                            self.args = func.args + args
                            self.keywords = {**func.keywords, **keywords}
                        else:
                            self.func = func
                            self.args = args
                            self.keywords = keywords

                    def __repr__(self):
                        args = ", ".join(map(repr, self.args))
                        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
                        return "{module}.{cls}({func}, {args}, {keywords})".format(module="functools",
                            cls="partialmethod", func=self.func, args=args, keywords=keywords)

                    def _make_unbound_method(self):
                        def _method(cls_or_self, /, *args, **keywords):
                            keywords = {**self.keywords, **keywords}
                            return self.func(cls_or_self, *self.args, *args, **keywords)
                        _method.__isabstractmethod__ = self.__isabstractmethod__
                        _method._partialmethod = self
                        return _method

                    def __get__(self, obj, cls=None):
                        get = getattr(self.func, "__get__", None)
                        result = None
                        if get is not None:
                            new_func = get(obj, cls)
                            if new_func is not self.func:
                                result = partial(new_func, *self.args, **self.keywords)
                                try:
                                    result.__self__ = new_func.__self__
                                except AttributeError:
                                    pass
                        if result is None:
                            result = self._make_unbound_method().__get__(obj, cls)
                        return result

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
