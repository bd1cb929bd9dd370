package com.studyhall.simulation.syntax;

import java.util.Map;
import java.util.Set;

/**
 * Keyword arguments of library functions that CPython accepts and the lab does not read, refused
 * before the program runs (a keyword Python has nowhere runs to CPython's own TypeError).
 */
final class LibraryKeywords {
    private static final Set<String> WRAPPER = Set.of("fix_sentence_endings");
    private static final Map<String, Set<String>> UNREAD = Map.of(
            "json.dumps", Set.of("cls", "check_circular"),
            "json.loads", Set.of("cls", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"),
            "textwrap.wrap", WRAPPER, "textwrap.fill", WRAPPER, "textwrap.shorten", WRAPPER,
            "dataclasses.asdict", Set.of("dict_factory"), "dataclasses.astuple", Set.of("tuple_factory"),
            "io.StringIO", Set.of("newline"),
            // Written to another file, the report would carry 3.11's caret lines, which the lab leaves out.
            "traceback.print_exc", Set.of("file"), "traceback.print_exception", Set.of("file"));

    private LibraryKeywords() {
    }

    /** Whether function (module.name) has the keyword in CPython but the lab does not read it. */
    static boolean unread(String function, String keyword) {
        return keyword != null && UNREAD.getOrDefault(function, Set.of()).contains(keyword);
    }

    /** traceback.print_exc(limit, file) and print_exception(exc, value, tb, limit, file): the file passed by position. */
    static boolean positionalFile(String function, int positional) {
        return function.equals("traceback.print_exc") && positional > 1 || function.equals("traceback.print_exception") && positional > 4;
    }

    /**
     * json.dumps(indent=...) runs CPython's pure-Python encoder, whose nested functions make a
     * reference cycle at each call that only the collector frees: a program that imports gc could
     * observe those objects, which the lab does not make.
     */
    static boolean leavesCycle(String function, String keyword) {
        return function.equals("json.dumps") && "indent".equals(keyword);
    }
}
