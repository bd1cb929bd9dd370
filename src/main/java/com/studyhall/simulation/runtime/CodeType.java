package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.syntax.Stmt;
import java.util.List;
import java.util.Set;

/**
 * code: the co_* attributes a learner reads to see how a def was compiled. co_filename is not
 * among them: CPython answers the script's absolute path, which the lab does not know.
 */
final class CodeType extends BuiltinType {
    /** The attributes the lab answers (for the checker's catalogue); CPython's others stay refused. */
    static final Set<String> ATTRIBUTES = Set.of("co_name", "co_qualname", "co_argcount", "co_posonlyargcount",
            "co_kwonlyargcount", "co_nlocals", "co_varnames", "co_firstlineno");

    CodeType(Interpreter in) {
        super("code", null, in);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        CodeValue code = (CodeValue) o;
        Stmt.FunctionDef def = code.function.def;
        return switch (attr) {
            case "co_name" -> v.intern(def.name());
            case "co_qualname" -> v.intern(code.function.qualname);
            case "co_argcount" -> v.integer(def.params().size());
            case "co_posonlyargcount" -> v.integer(def.posonly());
            case "co_kwonlyargcount" -> v.integer(def.kwonly().size());
            case "co_nlocals" -> v.integer(varnames(code).size());
            case "co_varnames" -> varnameTuple(code);
            case "co_firstlineno" -> v.integer(code.firstLine);
            default -> null;
        };
    }

    /** The fast locals that are not only cells: parameters in order, then the other locals as first compiled. */
    private static List<String> varnames(CodeValue code) {
        return code.function.scope.varnames();
    }

    /** _PyCode_GetVarnames: a new tuple at each read. */
    private PyObject varnameTuple(CodeValue code) {
        List<String> names = varnames(code);
        if (names.isEmpty()) return v.emptyTuple;
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) items[i] = v.intern(names.get(i));
        return heap.alloc(new PyTuple(items));
    }
}
