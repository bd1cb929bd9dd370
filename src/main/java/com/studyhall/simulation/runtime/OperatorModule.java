package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;
import java.util.Map;

/**
 * operator: the functions that are the operators themselves (operator.add(a, b) is a + b, with the
 * same slots, reflected operands and errors), and the itemgetter, attrgetter and methodcaller
 * objects (their types make and call them).
 */
final class OperatorModule extends NativeModule {
    private final Builtins p;

    OperatorModule(Interpreter in, Builtins protocols) {
        super("operator", in);
        this.p = protocols;
        Map<String, TokenType> binary = Map.ofEntries(Map.entry("add", TokenType.PLUS), Map.entry("sub", TokenType.MINUS),
                Map.entry("mul", TokenType.STAR), Map.entry("truediv", TokenType.SLASH),
                Map.entry("floordiv", TokenType.DOUBLE_SLASH), Map.entry("mod", TokenType.PERCENT),
                Map.entry("pow", TokenType.DOUBLE_STAR), Map.entry("and_", TokenType.AMPER), Map.entry("or_", TokenType.PIPE),
                Map.entry("xor", TokenType.CARET), Map.entry("lshift", TokenType.SHIFT_LEFT),
                Map.entry("rshift", TokenType.SHIFT_RIGHT));
        binary.forEach((name, op) -> function(name, (args, kw) -> {
            two(name, args);
            return in.ops.binary(op, args.get(0), args.get(1));
        }));
        function("concat", (args, kw) -> {
            two("concat", args);
            if (!(args.get(0) instanceof PyList || args.get(0) instanceof PyTuple || args.get(0) instanceof PyStr
                    || BytesLikeType.buffer(args.get(0)) != null)) {
                throw new PyRaise("TypeError", "'" + args.get(0).typeName() + "' object can't be concatenated");
            }
            return in.ops.binary(TokenType.PLUS, args.get(0), args.get(1));
        });
        for (String op : List.of("lt", "le", "gt", "ge")) {
            String symbol = switch (op) {
                case "lt" -> "<";
                case "le" -> "<=";
                case "gt" -> ">";
                default -> ">=";
            };
            function(op, (args, kw) -> {
                two(op, args);
                return compared(symbol, args.get(0), args.get(1));
            });
        }
        function("eq", (args, kw) -> compared("==", two("eq", args).get(0), args.get(1)));
        function("ne", (args, kw) -> compared("!=", two("ne", args).get(0), args.get(1)));
        function("is_", (args, kw) -> v.bool(two("is_", args).get(0) == args.get(1)));
        function("is_not", (args, kw) -> v.bool(two("is_not", args).get(0) != args.get(1)));
        function("neg", (args, kw) -> in.ops.unary(TokenType.MINUS, one("_operator.neg", args)));
        function("pos", (args, kw) -> in.ops.unary(TokenType.PLUS, one("_operator.pos", args)));
        function("invert", (args, kw) -> in.ops.unary(TokenType.TILDE, one("_operator.invert", args)));
        function("inv", (args, kw) -> in.ops.unary(TokenType.TILDE, one("_operator.inv", args)));
        function("not_", (args, kw) -> v.bool(!in.ops.truthy(one("_operator.not_", args))));
        function("truth", (args, kw) -> v.bool(in.ops.truthy(one("_operator.truth", args))));
        function("abs", (args, kw) -> p.callBuiltinFunction("abs", List.of(one("_operator.abs", args))));
        function("contains", (args, kw) -> v.bool(p.contains(two("contains", args).get(0), args.get(1))));
        function("index", (args, kw) -> index(one("_operator.index", args)));
        function("getitem", (args, kw) -> p.getItem(two("getitem", args).get(0), args.get(1)));
        ItemGetterType itemGetters = (ItemGetterType) p.types.of(PyItemGetter.class);
        AttrGetterType attrGetters = (AttrGetterType) p.types.of(PyAttrGetter.class);
        MethodCallerType methodCallers = (MethodCallerType) p.types.of(PyMethodCaller.class);
        // A call of these 3.11 types (no vectorcall) packs the arguments into a tuple, which tp_new reads and itemgetter may keep.
        function("itemgetter", (args, kw) -> itemGetters.throughArgumentTuple(args, itemGetters::construct));
        function("attrgetter", (args, kw) -> attrGetters.throughArgumentTuple(args, attrGetters::construct));
        keywordFunction("methodcaller", (args, kw) -> methodCallers.throughArgumentTuple(args, t -> methodCallers.construct(t, kw)));
    }

    /** PyNumber_Index: an exact int as it is, an int subclass's value as a plain int, else __index__'s result. */
    private PyObject index(PyObject a) {
        if (a instanceof PyInt && !(a instanceof PyBool)) return heap.newRef(a);
        if (BuiltinBases.receiver(a) instanceof PyInt i) return v.integer(i.value());
        if (a instanceof PyInstance && p.types.instances().defines(a, "__index__")) return p.types.instances().indexInt(a);
        throw new PyRaise("TypeError", "'" + a.typeName() + "' object cannot be interpreted as an integer");
    }

    /** operator functions take exactly two positional arguments ("expected 2 arguments, got 1"). */
    private static List<PyObject> two(String name, List<PyObject> args) {
        if (args.size() != 2) throw new PyRaise("TypeError", name + " expected 2 arguments, got " + args.size());
        return args;
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    /** operator.lt(a, b) and friends are PyObject_RichCompare: a program's method's object passes through. */
    private PyObject compared(String symbol, PyObject a, PyObject b) {
        if (Ops.passesObjectThrough(a, b)) return in.ops.richCompare(symbol, a, b);
        return v.bool(switch (symbol) {
            case "==" -> in.ops.operatorEquals(a, b, false);
            case "!=" -> in.ops.operatorEquals(a, b, true);
            default -> in.ops.order(symbol, a, b);
        });
    }
}
