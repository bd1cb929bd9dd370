package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * functools.singledispatch, a Python function in CPython 3.11, run as Python of the lab's own by the
 * lab (LibraryFunctions) in functools' globals. The decorator keeps its state where CPython's does: a
 * registry dict (a class to its function, object to the decorated one), a WeakKeyDictionary cache
 * of class to chosen function, and the closures of dispatch, register and wrapper, with register,
 * dispatch, registry (a mappingproxy of the registry) and _clear_cache in the wrapper's __dict__ and
 * update_wrapper's names copied on; so refcounts of the functions and classes are CPython's.
 * Dispatch walks the class's __mro__ (what _find_impl's _compose_mro gives for classes without
 * implicit ABC bases, the only ones the lab has). Its statements carry line 0.
 */
final class SingleDispatch {
    private SingleDispatch() { }

    /**
     * singledispatch as the lab writes it. What a program can see is CPython's: the wrapper's
     * attributes (register, dispatch, registry, _clear_cache and update_wrapper's), the functions and
     * classes the table and the cache hold (the cache weakly by class), the closures that keep them,
     * the lambda a class-only register() returns, and CPython's TypeError messages. The rest is
     * ours; gc observation is refused beside it, so its own allocations need not be CPython's.
     */
    static final String SOURCE = """
            def singledispatch(func):
                registry = {}
                dispatch_cache = WeakKeyDictionary()

                def is_union(candidate):
                    # int | str, or typing's Union[int, str] and Optional[int]
                    return _is_union(candidate)

                def dispatchable(candidate):
                    # a class, or a union whose members are all classes
                    if isinstance(candidate, type):
                        return True
                    if not is_union(candidate):
                        return False
                    return all(isinstance(member, type) for member in candidate.__args__)

                def dispatch(cls):
                    # what the class resolved to before, else its own entry, else its nearest base's
                    try:
                        return dispatch_cache[cls]
                    except KeyError:
                        pass
                    chosen = registry.get(cls)
                    if chosen is None:
                        for base in cls.__mro__:
                            if base in registry:
                                chosen = registry[base]
                                break
                    dispatch_cache[cls] = chosen
                    return chosen

                def register(cls, func=None):
                    if not dispatchable(cls):
                        if func is not None:
                            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
                        if not _annotations_of(cls):
                            raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either `@register(some_class)` or plain `@register` on an annotated function.")
                        func = cls
                        argname, cls = _first_type_hint(func)
                        if not dispatchable(cls):
                            problem = "not all arguments are classes" if is_union(cls) else "is not a class"
                            raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {problem}.")
                    elif func is None:
                        return lambda f: register(cls, f)
                    for key in (cls.__args__ if is_union(cls) else (cls,)):
                        registry[key] = func
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
     * singledispatchmethod as the lab writes it, made by a function the lab calls once (CPython made
     * the class when functools was imported): a descriptor keeping its dispatcher and function,
     * whose __get__ makes a new closure at each read that dispatches on its first argument's class
     * and binds what it finds to the object the method was read from.
     */
    static final String METHOD_SOURCE = """
            def _make_singledispatchmethod():
                class singledispatchmethod:
                    def __init__(self, func):
                        if not (callable(func) or hasattr(func, "__get__")):
                            raise TypeError(f"{func!r} is not callable or a descriptor")
                        self.dispatcher = singledispatch(func)
                        self.func = func

                    def register(self, cls, method=None):
                        return self.dispatcher.register(cls, func=method)

                    def __get__(self, obj, cls=None):
                        def bound_dispatch(*args, **kwargs):
                            chosen = self.dispatcher.dispatch(args[0].__class__)
                            return chosen.__get__(obj, cls)(*args, **kwargs)

                        bound_dispatch.__isabstractmethod__ = self.__isabstractmethod__
                        bound_dispatch.register = self.register
                        update_wrapper(bound_dispatch, self.func)
                        return bound_dispatch

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
            put(in, globals, "_is_union", builtins.moduleFunction("functools", "_is_union"));
            put(in, globals, "MappingProxyType", builtins.moduleFunction("functools", "_mapping_proxy"));
            put(in, globals, "update_wrapper", builtins.moduleFunction("functools", "update_wrapper"));
            put(in, globals, "_first_type_hint", builtins.moduleFunction("functools", "_first_type_hint"));
            put(in, globals, "_annotations_of", builtins.moduleFunction("functools", "_annotations_of"));
            return globals;
        });
    }

    /** _is_union_type: typing.get_origin(candidate) is Union or types.UnionType. */
    static boolean isUnion(PyObject candidate) {
        return candidate instanceof PyUnionType || candidate instanceof PyTyping t && t.kind == PyTyping.Kind.ALIAS && t.name.equals("Union");
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
