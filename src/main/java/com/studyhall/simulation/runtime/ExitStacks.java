package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * contextlib.ExitStack, a class of Lib/contextlib.py (3.11; _BaseExitStack's methods with
 * ExitStack's), run as Python by the lab (LibraryFunctions): a deque of (is_sync, callback) pairs,
 * each callback a bound __exit__ (MethodType) of an entered manager, a function pushed as is, or a
 * closure over callback(*args, **kwds); __exit__ pops them newest first, passing the exception
 * on (its __context__ set as nested with statements would), and suppresses it when one returns true.
 * The lab's own managers (contextlib's and @contextmanager's, io.StringIO...) are no classes of the
 * program: their type answers no __enter__/__exit__, so ExitStack calls the object's own __enter__
 * and keeps its bound __exit__, which holds the manager as CPython's MethodType does.
 */
final class ExitStacks {
    private ExitStacks() { }

    static final String SOURCE = """
            def _make_exit_stack():
                class ExitStack:
                    @staticmethod
                    def _create_exit_wrapper(cm, cm_exit):
                        return MethodType(cm_exit, cm)

                    @staticmethod
                    def _create_cb_wrapper(callback, /, *args, **kwds):
                        def _exit_wrapper(exc_type, exc, tb):
                            callback(*args, **kwds)
                        return _exit_wrapper

                    def __init__(self):
                        self._exit_callbacks = deque()

                    def pop_all(self):
                        new_stack = type(self)()
                        new_stack._exit_callbacks = self._exit_callbacks
                        self._exit_callbacks = deque()
                        return new_stack

                    def push(self, exit):
                        _cb_type = type(exit)
                        try:
                            exit_method = _cb_type.__exit__
                        except AttributeError:
                            if _native_manager(exit):
                                self._push_exit_callback(exit.__exit__, True)
                            else:
                                self._push_exit_callback(exit)
                        else:
                            self._push_cm_exit(exit, exit_method)
                        return exit

                    def enter_context(self, cm):
                        cls = type(cm)
                        try:
                            _enter = cls.__enter__
                            _exit = cls.__exit__
                        except AttributeError:
                            if not _native_manager(cm):
                                raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the context manager protocol") from None
                            result = cm.__enter__()
                            self._push_exit_callback(cm.__exit__, True)
                            return result
                        result = _enter(cm)
                        self._push_cm_exit(cm, _exit)
                        return result

                    def callback(self, callback, /, *args, **kwds):
                        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
                        _exit_wrapper.__wrapped__ = callback
                        self._push_exit_callback(_exit_wrapper)
                        return callback

                    def _push_cm_exit(self, cm, cm_exit):
                        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
                        self._push_exit_callback(_exit_wrapper, True)

                    def _push_exit_callback(self, callback, is_sync=True):
                        self._exit_callbacks.append((is_sync, callback))

                    def __enter__(self):
                        return self

                    def __exit__(self, *exc_details):
                        received_exc = exc_details[0] is not None
                        frame_exc = exc_info()[1]

                        def _fix_exception_context(new_exc, old_exc):
                            while 1:
                                exc_context = new_exc.__context__
                                if exc_context is None or exc_context is old_exc:
                                    return
                                if exc_context is frame_exc:
                                    break
                                new_exc = exc_context
                            new_exc.__context__ = old_exc

                        suppressed_exc = False
                        pending_raise = False
                        while self._exit_callbacks:
                            is_sync, cb = self._exit_callbacks.pop()
                            assert is_sync
                            try:
                                if cb(*exc_details):
                                    suppressed_exc = True
                                    pending_raise = False
                                    exc_details = (None, None, None)
                            except:
                                new_exc_details = exc_info()
                                _fix_exception_context(new_exc_details[1], exc_details[1])
                                pending_raise = True
                                exc_details = new_exc_details
                        if pending_raise:
                            try:
                                fixed_ctx = exc_details[1].__context__
                                raise exc_details[1]
                            except BaseException:
                                exc_details[1].__context__ = fixed_ctx
                                raise
                        return received_exc and suppressed_exc

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
