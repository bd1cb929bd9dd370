package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** string: its constants (Lib/string.py), each one str object the module holds, and the Template class. */
final class StringModule extends NativeModule {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String WHITESPACE = " \t\n\r\u000b\u000c";
    private static final Map<String, String> CONSTANTS = new LinkedHashMap<>();

    static {
        CONSTANTS.put("ascii_lowercase", LOWER);
        CONSTANTS.put("ascii_uppercase", UPPER);
        CONSTANTS.put("ascii_letters", LOWER + UPPER);
        CONSTANTS.put("digits", DIGITS);
        CONSTANTS.put("hexdigits", DIGITS + "abcdef" + "ABCDEF");
        CONSTANTS.put("octdigits", "01234567");
        CONSTANTS.put("punctuation", PUNCTUATION);
        CONSTANTS.put("whitespace", WHITESPACE);
        CONSTANTS.put("printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE);
    }

    private final Map<String, PyObject> values = new LinkedHashMap<>();

    StringModule(Interpreter in, TemplateType templates) {
        super("string", in);
        keywordFunction("Template", templates::construct);
        keywordFunction("capwords", this::capwords);
    }

    /**
     * Lib/string.py's {@code (sep or ' ').join(map(str.capitalize, s.split(sep)))}, each step the
     * builtin it is (split's list, the map, join's list of what the map gives).
     */
    private PyObject capwords(java.util.List<PyObject> args, Map<String, PyObject> kw) {
        PyObject[] a = RegexModule.bind("capwords", args, kw, 1, "s", "sep");
        PyObject sep = a[1] == null ? v.none : a[1];
        Builtins p = in.builtinImpl;
        PyObject words = p.callMethod(a[0], "split", java.util.List.of(sep), Map.of());
        PyObject capitalize = p.typeAttributes.descriptor("method_descriptor", "str", "capitalize");
        PyObject mapped;
        try {
            mapped = p.callBuiltinFunction("map", java.util.List.of(capitalize, words));
        } finally {
            heap.decref(words);
        }
        PyObject joiner = in.ops.truthy(sep) ? sep : v.intern(" ");
        try {
            return p.callMethod(joiner, "join", java.util.List.of(mapped), Map.of());
        } finally {
            heap.decref(mapped);
        }
    }

    @Override
    java.util.Set<String> valueNames() {
        return CONSTANTS.keySet();
    }

    /** The module's own str object for each constant: every read returns the same object. */
    @Override
    PyObject value(String attr) {
        String text = CONSTANTS.get(attr);
        if (text == null) return null;
        return heap.newRef(values.computeIfAbsent(attr, a -> v.shared(new com.studyhall.simulation.heap.PyStr(text))));
    }
}
