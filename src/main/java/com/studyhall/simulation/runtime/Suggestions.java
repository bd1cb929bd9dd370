package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFrameObject;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTraceback;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ". Did you mean: 'x'?" CPython 3.11 adds to the report of an uncaught NameError or
 * AttributeError (Python/suggestions.c): only for those exact classes, only in the report, never
 * in str(e). The nearest name by a Levenshtein distance where a case flip costs 1 and any other
 * edit 2, within a third of the characters; the first of equally near names wins.
 */
final class Suggestions {
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The builtins module's dict order as a script sees it (site adds open's neighbours, exit, help...). */
    private static final List<String> BUILTIN_NAMES = List.of("__name__", "__doc__", "__package__", "__loader__",
            "__spec__", "__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable",
            "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr",
            "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min",
            "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None",
            "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
            "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map", "object",
            "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__",
            "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
            "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
            "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
            "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
            "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning",
            "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
            "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
            "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
            "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError",
            "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
            "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
            "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
            "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license",
            "help");

    /** The entries a script's module dict starts with, before the program's own names. */
    private static final List<String> MODULE_DUNDERS = List.of("__name__", "__doc__", "__package__", "__loader__",
            "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__");

    private final Interpreter in;

    Suggestions(Interpreter in) {
        this.in = in;
    }

    /** _Py_Offer_Suggestions: the text to append to the report's last line, or "". */
    String offer(PyInstance exc) {
        String found = null;
        if (exc.cls == in.exceptions.classes.get("AttributeError")) {
            found = forAttribute(exc);
        } else if (exc.cls == in.exceptions.classes.get("NameError")) {
            found = forName(exc);
        }
        return found == null ? "" : ". Did you mean: " + in.ops.repr(in.values.intern(found)) + "?";
    }

    private String forAttribute(PyInstance exc) {
        PyObject name = exc.exc.members[exc.exc.member("name")];
        PyObject obj = exc.exc.members[exc.exc.member("obj")];
        if (!(name instanceof PyStr s) || obj == null) return null;
        try {
            return nearest(new ArrayList<>(new DirBuiltin(in).of(obj)), s.value);
        } catch (PyRaise failed) {
            in.exceptions.discard(failed);
            return null;
        }
    }

    /** The innermost frame's co_varnames, then the module's globals, then the builtins. */
    private String forName(PyInstance exc) {
        PyObject name = exc.exc.members[0];
        if (!(name instanceof PyStr s) || !(exc.exc.traceback instanceof PyTraceback tb)) return null;
        while (tb.next instanceof PyTraceback next) tb = next;
        PyFrameObject frame = tb.frame;
        String found = frame == null ? null : nearest(frame.codeVarnames, s.value);
        if (found != null) return found;
        List<String> globals = new ArrayList<>(MODULE_DUNDERS);
        for (PyObject[] e : in.globals.entries()) if (e[0] instanceof PyStr k && !globals.contains(k.value)) globals.add(k.value);
        found = nearest(globals, s.value);
        return found != null ? found : nearest(BUILTIN_NAMES, s.value);
    }

    /** calculate_suggestions: the first candidate with the smallest distance within the limit. */
    static String nearest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) return null;
        byte[] target = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            int max = Math.min((target.length + b.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(target, b, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The edit distance after trimming the common prefix and suffix; max + 1 once it must exceed max. */
    private static int distance(byte[] a, byte[] b, int max) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aLen = aEnd - aStart, bLen = bEnd - bStart;
        if (aLen == 0 || bLen == 0) return (aLen + bLen) * MOVE_COST;
        if (aLen > MAX_LENGTH || bLen > MAX_LENGTH) return max + 1;
        if (bLen < aLen) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tl = aLen;
            aLen = bLen;
            bLen = tl;
        }
        if ((bLen - aLen) * MOVE_COST > max) return max + 1;
        // One row of the matrix, updated in place: row[i] is the cost from b's prefix to a[:i+1].
        int[] row = new int[aLen];
        for (int i = 0; i < aLen; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int j = 0; j < bLen; j++) {
            byte code = b[bStart + j];
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aLen; i++) {
                int substitute = diagonal + substitutionCost(code, a[aStart + i]);
                diagonal = row[i];
                result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }
}
