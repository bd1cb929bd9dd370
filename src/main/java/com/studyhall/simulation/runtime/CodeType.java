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
            "co_kwonlyargcount", "co_nlocals", "co_varnames", "co_firstlineno", "co_freevars", "co_cellvars");

    CodeType(Interpreter in) {
        super("code", null, in);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        CodeValue code = (CodeValue) o;
        if (code.function == null) return attr.equals("co_name") ? v.intern(code.frameName) : null;
        Stmt.FunctionDef def = code.function.def;
        return switch (attr) {
            case "co_name" -> v.intern(def.name());
            case "co_qualname" -> v.intern(code.function.qualname);
            case "co_argcount" -> v.integer(def.params().size());
            case "co_posonlyargcount" -> v.integer(def.posonly());
            case "co_kwonlyargcount" -> v.integer(def.kwonly().size());
            case "co_nlocals" -> v.integer(varnames(code).size());
            case "co_varnames" -> nameTuple(varnames(code));
            case "co_freevars" -> nameTuple(code.function.scope.freeVariables());
            case "co_cellvars" -> nameTuple(cellvars(code));
            case "co_firstlineno" -> v.integer(code.firstLine);
            default -> null;
        };
    }

    /** The fast locals that are not only cells: parameters in order, then the other locals as first compiled. */
    private static List<String> varnames(CodeValue code) {
        return code.function.scope.varnames();
    }

    /**
     * The names whose slots hold cells made by this code, in co_localsplusnames' order: the
     * parameters that are cells where they stand, then the other cell variables sorted.
     */
    private static List<String> cellvars(CodeValue code) {
        var scope = code.function.scope;
        List<String> names = new java.util.ArrayList<>();
        List<String> cells = scope.cellVariables();
        for (String p : scope.parameters()) if (cells.contains(p)) names.add(p);
        names.addAll(cells.stream().filter(c -> !scope.parameters().contains(c)).toList());
        return names;
    }

    /** _PyCode_GetVarnames, _PyCode_GetCellvars, _PyCode_GetFreevars: a new tuple at each read (the empty one when none). */
    private PyObject nameTuple(List<String> names) {
        if (names.isEmpty()) return v.emptyTuple;
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) items[i] = v.intern(names.get(i));
        return heap.alloc(new PyTuple(items));
    }
}
