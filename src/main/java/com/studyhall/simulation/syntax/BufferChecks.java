package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The array and memoryview rules, checked before the run (see docs/simulation-engine.md, "array
 * and memoryview"):
 * - array.array is only called, never with the typecode 'u' (not modelled): a typecode that is not
 *   a literal is accepted unless a str literal of the program holds a 'u' or it reads array.typecodes;
 *   the class as a value (isinstance, its repr) is not modelled;
 * - the methods and attributes of array and memoryview the lab leaves out (and any attribute of the
 *   memoryview type object) are refused by name in a
 *   program that imports array or uses memoryview;
 * - struct.pack_into in a program with arrays or memoryviews (the lab packs into a bytearray only);
 * - gc.get_referents in a program with arrays (an array visits its heap type, the lab's does not),
 *   and copy.copy/deepcopy there (an array's __copy__ and __deepcopy__).
 */
final class BufferChecks {
    private static final Set<String> ARRAY_UNMODELLED = Set.of("buffer_info", "byteswap", "fromfile", "tofile",
            "fromunicode", "tounicode", "__copy__", "__deepcopy__", "__reduce_ex__");
    private static final Set<String> VIEW_UNMODELLED = Set.of("cast", "toreadonly", "contiguous", "c_contiguous",
            "f_contiguous", "suboffsets", "_from_flags");
    /** The special methods of array and memoryview read as attributes (a.__len__): their slot wrappers are not modelled. */
    private static final Set<String> SLOT_NAMES = Set.of("__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
            "__contains__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__", "__eq__", "__ne__", "__lt__", "__le__",
            "__gt__", "__ge__", "__enter__", "__exit__", "__sizeof__", "__hash__", "__release_buffer__", "__buffer__");

    private final BiConsumer<Token, String> refuse;
    private final Map<String, String> importedModules;
    private final Map<String, String> fromImported;
    private final Set<Expr> callees = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Expr> arrayClassUses = new ArrayList<>();
    private final List<Expr.Call> arrayCalls = new ArrayList<>();
    private final List<Expr.Attribute> attributes = new ArrayList<>();
    private boolean usesMemoryview;
    /** Whether a str literal holds a 'u' or the program reads array.typecodes: a computed typecode might be 'u'. */
    private boolean mayMakeU;

    BufferChecks(BiConsumer<Token, String> refuse, Map<String, String> importedModules, Map<String, String> fromImported) {
        this.refuse = refuse;
        this.importedModules = importedModules;
        this.fromImported = fromImported;
    }

    void name(Expr.Name e) {
        if (e.name().equals("memoryview")) usesMemoryview = true;
        if (e.name().equals("typecodes")) mayMakeU = true;
    }

    void constant(Expr.Constant e) {
        if (e.value() instanceof String s && s.indexOf('u') >= 0) mayMakeU = true;
    }

    void attribute(Expr.Attribute e) {
        attributes.add(e);
        if (e.name().equals("typecodes")) mayMakeU = true;
    }

    void call(Expr.Call e) {
        callees.add(e.callee());
        arrayCalls.add(e);
    }

    private boolean arrayClass(Expr e) {
        if (e instanceof Expr.Attribute a && a.object() instanceof Expr.Name m) {
            return "array".equals(importedModules.get(m.name())) && Set.of("array", "ArrayType").contains(a.name());
        }
        if (e instanceof Expr.Name n) {
            String from = fromImported.get(n.name());
            return "array.array".equals(from) || "array.ArrayType".equals(from);
        }
        return false;
    }

    /** struct.pack_into writes into a bytearray only (runtime.StructModule): not into an array or a memoryview. */
    private void refusePackInto(Token at) {
        if (importsArray() || usesMemoryview) refuse.accept(at, "struct.pack_into in a program with arrays or memoryviews");
    }

    private boolean importsArray() {
        return importedModules.containsValue("array") || fromImported.values().stream().anyMatch(v -> v.startsWith("array."));
    }

    /** Runs once the whole program has been seen (imports bind names anywhere in it). */
    void finish(Set<String> definedAttributes, List<Expr.Name> nameReads) {
        for (Expr.Call c : arrayCalls) {
            if (arrayClass(c.callee())) typecode(c);
        }
        for (Expr.Name n : nameReads) {
            if (arrayClass(n) && !callees.contains(n)) arrayClassUses.add(n);
            String from = fromImported.get(n.name());
            if (importsArray() && ("copy.copy".equals(from) || "copy.deepcopy".equals(from))) refuseCopy(n.token(), from);
            if ("struct.pack_into".equals(from)) refusePackInto(n.token());
        }
        for (Expr.Attribute a : attributes) {
            if (arrayClass(a) && !callees.contains(a)) arrayClassUses.add(a);
            String name = a.name();
            if (a.object() instanceof Expr.Name t && t.name().equals("memoryview")) {
                refuse.accept(a.token(), "an attribute of the memoryview type ('memoryview." + name + "')");
                continue;
            }
            if (importsArray() && a.object() instanceof Expr.Name m && "copy".equals(importedModules.get(m.name()))
                    && (name.equals("copy") || name.equals("deepcopy"))) {
                refuseCopy(a.token(), "copy." + name);
            }
            if (name.equals("pack_into") && a.object() instanceof Expr.Name m && "struct".equals(importedModules.get(m.name()))) {
                refusePackInto(a.token());
            }
            if (definedAttributes.contains(name)) continue;
            if (importsArray() && ARRAY_UNMODELLED.contains(name)) refuse.accept(a.token(), "the array method '" + name + "'");
            else if ((importsArray() || usesMemoryview) && SLOT_NAMES.contains(name)) {
                refuse.accept(a.token(), "the special method '" + name + "' read in a program with arrays or memoryviews");
            } else if (usesMemoryview && VIEW_UNMODELLED.contains(name)) refuse.accept(a.token(), "the memoryview attribute '" + name + "'");
            else if (importsArray() && name.equals("get_referents")) refuse.accept(a.token(), "gc.get_referents in a program that uses array");
        }
        for (Expr e : arrayClassUses) {
            Token at = e instanceof Expr.Name n ? n.token() : ((Expr.Attribute) e).token();
            refuse.accept(at, "array.array used other than called (the class as a value)");
        }
    }

    private void refuseCopy(Token at, String function) {
        refuse.accept(at, function + " in a program that uses array (an array's __copy__ and __deepcopy__ are not modelled)");
    }

    private void typecode(Expr.Call c) {
        if (!c.args().isEmpty() && c.args().get(0) instanceof Expr.Constant k && k.value() instanceof String s) {
            if (s.equals("u")) refuse.accept(c.token(), "the array typecode 'u'");
            return;
        }
        if (!c.args().isEmpty() && mayMakeU) refuse.accept(c.token(), "an array typecode that is not a str literal, in a program that could make it 'u'");
    }
}
