package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * functools.singledispatch, a Python function of Lib/functools.py (3.11), run as Python by the lab
 * (LibraryFunctions) in functools' globals. The decorator keeps its state where CPython's does: a
 * registry dict (a class to its function, object to the decorated one), a WeakKeyDictionary cache
 * of class to chosen function, and the closures of dispatch, register and wrapper, with register,
 * dispatch, registry (a mappingproxy of the registry) and _clear_cache in the wrapper's __dict__ and
 * update_wrapper's names copied on; so refcounts of the functions and classes are CPython's.
 * Dispatch walks the class's __mro__ (what _find_impl's _compose_mro gives for classes without
 * implicit ABC bases, the only ones the lab has). Its statements carry line 0.
 */
final class SingleDispatch {
    private SingleDispatch() { }

    /** Lib/functools.py's singledispatch in the lab's words: the same statements, in the same order. */
    static final String SOURCE = """
            def singledispatch(func):
                registry = {}
                dispatch_cache = WeakKeyDictionary()
                cache_token = None

                def dispatch(cls):
                    try:
                        impl = dispatch_cache[cls]
                    except KeyError:
                        try:
                            impl = registry[cls]
                        except KeyError:
                            match = None
                            for t in cls.__mro__:
                                if t in registry:
                                    match = t
                                    break
                            impl = registry.get(match)
                        dispatch_cache[cls] = impl
                    return impl

                def _is_union_type(cls):
                    return isinstance(cls, UnionType)

                def _is_valid_dispatch_type(cls):
                    if isinstance(cls, type):
                        return True
                    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)

                def register(cls, func=None):
                    if _is_valid_dispatch_type(cls):
                        if func is None:
                            return lambda f: register(cls, f)
                    else:
                        if func is not None:
                            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
                        ann = _annotations_of(cls)
                        if not ann:
                            raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either `@register(some_class)` or plain `@register` on an annotated function.")
                        func = cls
                        argname, cls = _first_type_hint(func)
                        if not _is_valid_dispatch_type(cls):
                            if _is_union_type(cls):
                                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                            else:
                                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
                    if _is_union_type(cls):
                        for arg in cls.__args__:
                            registry[arg] = func
                    else:
                        registry[cls] = func
                    dispatch_cache.clear()
                    return func

                def wrapper(*args, **kw):
                    if not args:
                        raise TypeError(f'{funcname} requires at least 1 positional argument')
                    return dispatch(args[0].__class__)(*args, **kw)

                funcname = getattr(func, '__name__', 'singledispatch function')
                registry[object] = func
                wrapper.register = register
                wrapper.dispatch = dispatch
                wrapper.registry = MappingProxyType(registry)
                wrapper._clear_cache = dispatch_cache.clear
                update_wrapper(wrapper, func)
                return wrapper
            """;

    /**
     * Lib/functools.py's singledispatchmethod class in the lab's words, made by a function the lab
     * calls once (CPython made the class when functools was imported): a descriptor whose __get__
     * makes a new _method closure at each read, dispatching on its first argument's class.
     */
    static final String METHOD_SOURCE = """
            def _make_singledispatchmethod():
                class singledispatchmethod:
                    def __init__(self, func):
                        if not callable(func) and not hasattr(func, "__get__"):
                            raise TypeError(f"{func!r} is not callable or a descriptor")
                        self.dispatcher = singledispatch(func)
                        self.func = func

                    def register(self, cls, method=None):
                        return self.dispatcher.register(cls, func=method)

                    def __get__(self, obj, cls=None):
                        def _method(*args, **kwargs):
                            method = self.dispatcher.dispatch(args[0].__class__)
                            return method.__get__(obj, cls)(*args, **kwargs)

                        _method.__isabstractmethod__ = self.__isabstractmethod__
                        _method.register = self.register
                        update_wrapper(_method, self.func)
                        return _method

                    @property
                    def __isabstractmethod__(self):
                        return getattr(self.func, '__isabstractmethod__', False)
                return singledispatchmethod
            """;

    /** The singledispatchmethod class, made in functools' globals (with singledispatch): a new reference. */
    static PyClass methodClass(Interpreter in, Builtins builtins, PyFunction singledispatch) {
        return LibraryFunctions.defineClass(in, METHOD_SOURCE, () -> {
            PyDict globals = in.heap.alloc(new PyDict());
            put(in, globals, "__name__", in.values.intern("functools"));
            put(in, globals, "singledispatch", in.heap.newRef(singledispatch));
            put(in, globals, "update_wrapper", builtins.moduleFunction("functools", "update_wrapper"));
            return globals;
        }, "functools", "singledispatchmethod");
    }

    /** functools' globals for singledispatch and the function defined in them. */
    static PyFunction define(Interpreter in, Builtins builtins) {
        return LibraryFunctions.define(in, SOURCE, () -> {
            PyDict globals = in.heap.alloc(new PyDict());
            put(in, globals, "__name__", in.values.intern("functools"));
            put(in, globals, "WeakKeyDictionary", builtins.moduleFunction("weakref", "WeakKeyDictionary"));
            put(in, globals, "UnionType", builtins.typeObject("types.UnionType"));
            put(in, globals, "MappingProxyType", builtins.moduleFunction("functools", "_mapping_proxy"));
            put(in, globals, "update_wrapper", builtins.moduleFunction("functools", "update_wrapper"));
            put(in, globals, "_first_type_hint", builtins.moduleFunction("functools", "_first_type_hint"));
            put(in, globals, "_annotations_of", builtins.moduleFunction("functools", "_annotations_of"));
            return globals;
        });
    }

    private static void put(Interpreter in, PyDict globals, String name, PyObject value) {
        globals.put(in.values.intern(name), value, in.heap);
    }

    /** types.MappingProxyType(mapping) over the registry dict: a read-only view holding it. */
    static PyObject mappingProxy(Interpreter in, PyObject mapping) {
        in.heap.incref(mapping);
        return in.heap.alloc(new PyMappingProxy(null, (PyDict) mapping));
    }

    /**
     * next(iter(get_type_hints(func).items())): the first annotation of the function, as a new
     * (name, class) tuple; None is NoneType, a str naming a global or builtin is what it names.
     */
    static PyObject firstTypeHint(Interpreter in, PyObject func) {
        PyObject annotations = annotationsOf(in, func);
        try {
            List<PyObject[]> entries = ((PyDict) annotations).entries();
            PyObject name = entries.get(0)[0];
            PyObject hint = entries.get(0)[1];
            PyObject resolved;
            if (hint instanceof PyNone) {
                resolved = in.builtinImpl.typeObject("NoneType");
            } else if (hint instanceof PyStr s) {
                resolved = forwardReference(in, (PyFunction) unwrapped(func), s.value);
            } else {
                resolved = in.heap.newRef(hint);
            }
            return in.heap.alloc(new PyTuple(new PyObject[] {in.heap.newRef(name), resolved}));
        } finally {
            in.heap.decref(annotations);
        }
    }

    /**
     * getattr(obj, '__annotations__', {}): a function's dict; a staticmethod's or classmethod's is
     * its function's (3.10+ copies it through __wrapped__); anything else has none here.
     */
    static PyObject annotationsOf(Interpreter in, PyObject obj) {
        PyObject f = unwrapped(obj);
        if (f instanceof PyFunction) return in.getAttr(f, "__annotations__");
        return in.heap.alloc(new PyDict());
    }

    private static PyObject unwrapped(PyObject obj) {
        return obj instanceof PyDescriptor d && (d.kind.equals("classmethod") || d.kind.equals("staticmethod")) ? d.fget : obj;
    }

    private static PyObject forwardReference(Interpreter in, PyFunction func, String name) {
        PyObject global = func.globals.getStr(name);
        if (global != null) return in.heap.newRef(global);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new PyRaise("TypeError", "the annotation '" + name + "' of a singledispatch function is not supported in the memory lab");
        }
        if (!BuiltinsModule.TYPE_NAMES.contains(name)) throw new PyRaise("NameError", "name '" + name + "' is not defined");
        return in.builtinImpl.typeObject(name);
    }
}
