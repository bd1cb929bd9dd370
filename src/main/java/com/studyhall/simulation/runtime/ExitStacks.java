package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * contextlib.ExitStack, a Python class in CPython 3.11 (_BaseExitStack's methods with ExitStack's),
 * run as Python of the lab's own by the lab (LibraryFunctions): a deque of (is_sync, callback) pairs,
 * each callback a bound __exit__ (MethodType) of an entered manager, a function pushed as is, or a
 * closure over callback(*args, **kwds); __exit__ pops them newest first, passing the exception
 * on (its __context__ set as nested with statements would), and suppresses it when one returns true.
 * The lab's own managers (contextlib's and @contextmanager's, io.StringIO...) are no classes of the
 * program: their type answers no __enter__/__exit__, so ExitStack calls the object's own __enter__
 * and keeps its bound __exit__, which holds the manager as CPython's MethodType does.
 */
final class ExitStacks {
    private ExitStacks() { }

    /**
     * ExitStack as the lab writes it. Seen by a program and so CPython's: the class's attribute names
     * (dir), the deque in _exit_callbacks and what its pairs hold (a manager's __exit__ bound with
     * MethodType, a pushed function as it is, a closure over callback(*args, **kwds) carrying
     * __wrapped__), the order of the exits and of the __context__ links, the exception objects the
     * frame keeps while a callback runs, and the messages. gc observation is refused beside it.
     */
    static final String SOURCE = """
            def _make_exit_stack():
                class ExitStack:
                    @staticmethod
                    def _create_exit_wrapper(cm, cm_exit):
                        return MethodType(cm_exit, cm)

                    @staticmethod
                    def _create_cb_wrapper(callback, /, *args, **kwds):
                        # an exit callback that ignores the exception and calls callback(*args, **kwds)
                        def _exit_wrapper(exc_type, exc, tb):
                            callback(*args, **kwds)
                        return _exit_wrapper

                    def __init__(self):
                        self._exit_callbacks = deque()

                    def pop_all(self):
                        # the callbacks move to a new stack of the same class; this one is left empty
                        moved = type(self)()
                        moved._exit_callbacks = self._exit_callbacks
                        self._exit_callbacks = deque()
                        return moved

                    def push(self, exit):
                        kind = type(exit)
                        try:
                            unbound_exit = kind.__exit__
                        except AttributeError:
                            # not a manager: a callback taking the exception's three parts
                            if _native_manager(exit):
                                self._push_exit_callback(exit.__exit__, True)
                            else:
                                self._push_exit_callback(exit)
                            return exit
                        self._push_cm_exit(exit, unbound_exit)
                        return exit

                    def enter_context(self, cm):
                        kind = type(cm)
                        try:
                            unbound_enter = kind.__enter__
                            unbound_exit = kind.__exit__
                        except AttributeError:
                            if not _native_manager(cm):
                                raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the context manager protocol") from None
                            entered = cm.__enter__()
                            self._push_exit_callback(cm.__exit__, True)
                            return entered
                        entered = unbound_enter(cm)
                        self._push_cm_exit(cm, unbound_exit)
                        return entered

                    def callback(self, callback, /, *args, **kwds):
                        wrapped = self._create_cb_wrapper(callback, *args, **kwds)
                        wrapped.__wrapped__ = callback
                        self._push_exit_callback(wrapped)
                        return callback

                    def _push_cm_exit(self, cm, cm_exit):
                        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

                    def _push_exit_callback(self, callback, is_sync=True):
                        self._exit_callbacks.append((is_sync, callback))

                    def __enter__(self):
                        return self

                    def __exit__(self, *exc_details):
                        had_error = exc_details[0] is not None
                        handled = exc_info()[1]

                        def link_context(raised, previous):
                            # as nested with statements would: the newest exception's chain ends at the
                            # one the frame was handling, which is replaced by the one pending before
                            while True:
                                context = raised.__context__
                                if context is None or context is previous:
                                    return
                                if context is handled:
                                    break
                                raised = context
                            raised.__context__ = previous

                        swallowed = False
                        must_raise = False
                        while self._exit_callbacks:
                            is_sync, cb = self._exit_callbacks.pop()
                            assert is_sync
                            try:
                                if cb(*exc_details):
                                    swallowed = True
                                    must_raise = False
                                    exc_details = (None, None, None)
                            except:
                                newer = exc_info()
                                link_context(newer[1], exc_details[1])
                                must_raise = True
                                exc_details = newer
                        if must_raise:
                            # raising sets __context__ to what this frame handles: put the linked one back
                            try:
                                kept_context = exc_details[1].__context__
                                raise exc_details[1]
                            except BaseException:
                                exc_details[1].__context__ = kept_context
                                raise
                        return had_error and swallowed

                    def close(self):
                        self.__exit__(None, None, None)
                return ExitStack
            """;

    /** The ExitStack class in contextlib's globals (deque, MethodType, sys.exc_info): a new reference. */
    static PyClass define(Interpreter in, Builtins builtins) {
        return LibraryFunctions.defineClass(in, SOURCE, () -> {
            PyDict globals = in.heap.alloc(new PyDict());
            put(in, globals, "__name__", in.values.intern("contextlib"));
            put(in, globals, "deque", builtins.moduleFunction("collections", "deque"));
            put(in, globals, "MethodType", builtins.typeObject("method"));
            put(in, globals, "exc_info", builtins.moduleFunction("sys", "exc_info"));
            put(in, globals, "_native_manager", builtins.moduleFunction("contextlib", "_native_manager"));
            return globals;
        }, "contextlib", "ExitStack");
    }

    /** Whether an object that is no instance of a program's class has the lab's own __enter__ and __exit__. */
    static PyObject nativeManager(Interpreter in, PyObject cm) {
        if (cm instanceof PyInstance || cm instanceof PyClass) return in.values.bool(false);
        try {
            in.heap.decref(in.getAttr(cm, "__enter__"));
            in.heap.decref(in.getAttr(cm, "__exit__"));
            return in.values.bool(true);
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "AttributeError")) throw e;
            in.exceptions.discard(e);
            return in.values.bool(false);
        }
    }

    private static void put(Interpreter in, PyDict globals, String name, PyObject value) {
        globals.put(in.values.intern(name), value, in.heap);
    }
}
