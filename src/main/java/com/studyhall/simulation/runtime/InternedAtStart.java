package com.studyhall.simulation.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether CPython has interned a text before the program calls sys.intern on a str of it: the
 * compiler interns every identifier-like constant and name of the program's code, and start-up
 * interns the builtins' names, the modules' names and the attribute names of the builtin types
 * and modules (DirNames' and PythonNames' lists). Other texts are
 * new to the intern table, and sys.intern makes its argument the interned str.
 */
final class InternedAtStart {
    private InternedAtStart() { }

    private static final Set<String> NAMES = new HashSet<>();

    static {
        for (List<String> names : DirNames.OF_TYPE.values()) NAMES.addAll(names);
        for (List<String> names : DirNames.OF_MODULE.values()) NAMES.addAll(names);
        NAMES.addAll(DirNames.MAIN_DUNDERS);
        NAMES.addAll(com.studyhall.simulation.syntax.PythonNames.BUILTINS);
        NAMES.addAll(com.studyhall.simulation.syntax.PythonNames.ATTRIBUTES);
        for (Set<String> names : com.studyhall.simulation.syntax.PythonNames.MODULES.values()) NAMES.addAll(names);
        NAMES.addAll(com.studyhall.simulation.syntax.PythonNames.MODULES.keySet());
    }

    static boolean covers(String text, String programSource) {
        if (text.length() <= 1 || !Values.identifierLike(text)) return false;
        if (NAMES.contains(text)) return true;
        return programSource != null
                && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(text) + "(?![A-Za-z0-9_])").matcher(programSource).find();
    }
}
