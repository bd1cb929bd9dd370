package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * enum (Lib/enum.py): the class Enum, whose metaclass EnumType makes a class statement's names its
 * members ({@link EnumClasses}), auto() and the class decorator unique. CPython imports enum at
 * start-up, so Enum is a shared class, made when a program first reads it.
 */
final class EnumModule extends NativeModule {
    private PyClass enumClass;
    private PyClass autoClass;
    private PyClass flagClass;
    private PyClass reprEnumClass;
    private PyClass intEnumClass;
    private PyClass strEnumClass;
    private PyClass intFlagClass;

    EnumModule(Interpreter in) {
        super("enum", in);
        function("auto", (args, kw) -> {
            if (!args.isEmpty()) throw new PyRaise("TypeError", "auto() with a value is not supported in the memory lab");
            return in.newInstance(autoClass());
        });
        function("unique", (args, kw) -> unique(one("unique", args)));
    }

    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("Enum", "Flag", "ReprEnum", "IntEnum", "StrEnum", "IntFlag");
    }

    @Override
    PyObject value(String attr) {
        PyClass c = switch (attr) {
            case "Enum" -> enumClass();
            case "Flag" -> flagClass();
            case "ReprEnum" -> reprEnumClass();
            case "IntEnum" -> intEnumClass();
            case "StrEnum" -> strEnumClass();
            case "IntFlag" -> intFlagClass();
            default -> null;
        };
        return c == null ? null : heap.newRef(c);
    }

    private PyClass enumClass() {
        if (enumClass == null) {
            enumClass = sharedClass("Enum");
            enumClass.enumKind = "Enum";
        }
        return enumClass;
    }

    /** Flag derives from Enum; its classes are Flag classes (their reprs say flag, their values are bits). */
    private PyClass flagClass() {
        if (flagClass == null) {
            PyClass e = enumClass();
            PyDict dict = v.shared(new PyDict());
            flagClass = new PyClass("Flag", dict, List.of(e), List.of(e), null, 0);
            flagClass.module = "enum";
            flagClass.sharedKeys = new SharedKeys();
            flagClass.enumKind = "Flag";
            v.shared(flagClass);
        }
        return flagClass;
    }

    /** ReprEnum (3.11): an Enum whose str() and format() are its mixed-in type's, only repr() the enum's. */
    private PyClass reprEnumClass() {
        if (reprEnumClass == null) reprEnumClass = enumSubclass("ReprEnum", null);
        return reprEnumClass;
    }

    /** IntEnum(int, ReprEnum): its members are ints (an int subclass's instances holding the value). */
    private PyClass intEnumClass() {
        if (intEnumClass == null) intEnumClass = enumSubclass("IntEnum", "int");
        return intEnumClass;
    }

    /** StrEnum(str, ReprEnum): its members are strs; auto() gives the member's name in lower case. */
    private PyClass strEnumClass() {
        if (strEnumClass == null) strEnumClass = enumSubclass("StrEnum", "str");
        return strEnumClass;
    }

    /**
     * IntFlag(int, ReprEnum, Flag, boundary=KEEP): a Flag class whose members and pseudo-members are
     * ints; its MRO is (IntFlag, int, ReprEnum, Flag, Enum, object).
     */
    private PyClass intFlagClass() {
        if (intFlagClass == null) {
            PyClass repr = reprEnumClass();
            PyClass flag = flagClass();
            List<PyClass> mro = List.of(repr, flag, enumClass());
            PyClass c = new PyClass("IntFlag", v.shared(new PyDict()), List.of(repr, flag), mro, null, 0);
            c.module = "enum";
            c.enumKind = "Flag";
            c.builtinBase = "int";
            c.builtinBaseDirect = true;
            c.builtinBaseAt = 0;
            c.dropWeakrefSlot();
            intFlagClass = v.shared(c);
        }
        return intFlagClass;
    }

    /** A shared class of enum over ReprEnum (or, for ReprEnum itself, Enum), with the builtin type its members are. */
    private PyClass enumSubclass(String name, String builtinBase) {
        PyClass base = builtinBase == null ? enumClass() : reprEnumClass();
        List<PyClass> mro = new ArrayList<>(base.mro);
        PyClass c = new PyClass(name, v.shared(new PyDict()), List.of(base), mro, null, 0);
        c.module = "enum";
        c.enumKind = "Enum";
        c.builtinBase = builtinBase;
        c.builtinBaseDirect = builtinBase != null;
        if (builtinBase != null) c.builtinBaseAt = 0; // IntEnum(int, ReprEnum), StrEnum(str, ReprEnum)
        if ("int".equals(builtinBase)) c.dropWeakrefSlot();
        else c.sharedKeys = new SharedKeys();
        return v.shared(c);
    }

    private PyClass autoClass() {
        if (autoClass == null) autoClass = sharedClass("auto");
        return autoClass;
    }

    private PyClass sharedClass(String name) {
        PyDict dict = v.shared(new PyDict());
        PyClass c = new PyClass(name, dict, List.of(), List.of(), null, 0);
        c.module = "enum";
        c.sharedKeys = new SharedKeys();
        return v.shared(c);
    }

    /** A value auto() made, still in a class body. */
    static boolean isAuto(PyObject o) {
        return o instanceof PyInstance i && i.cls != null && "enum".equals(i.cls.module) && i.cls.name.equals("auto");
    }

    /** unique(enumeration): a ValueError naming every alias and its member; returns the class. */
    private PyObject unique(PyObject cls) {
        if (!(cls instanceof PyClass c) || c.enumKind == null) {
            throw new PyRaise("TypeError", "unique() of something other than an enum class is not supported in the memory lab");
        }
        List<String> duplicates = new ArrayList<>();
        PyObject map = c.dict.getStr("_member_map_");
        if (map instanceof PyDict d) {
            for (PyObject[] e : d.entries()) {
                PyObject canonical = EnumClasses.attr(e[1], "_name_");
                if (!((PyStr) e[0]).value.equals(((PyStr) canonical).value)) {
                    duplicates.add(((PyStr) e[0]).value + " -> " + ((PyStr) canonical).value);
                }
            }
        }
        if (!duplicates.isEmpty()) {
            throw new PyRaise("ValueError", "duplicate values found in " + EnumClasses.classRepr(c) + ": " + String.join(", ", duplicates));
        }
        return heap.newRef(cls);
    }
}
