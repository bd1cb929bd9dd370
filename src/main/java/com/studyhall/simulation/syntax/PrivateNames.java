package com.studyhall.simulation.syntax;

/**
 * Private name mangling (Python/compile.c's _Py_Mangle): inside a class statement, a name written
 * {@code __spam} (at least two leading underscores, not ending in two, no dot) is compiled as
 * {@code _Class__spam}, with the class name's leading underscores stripped; a class named only
 * with underscores mangles nothing. Applies to attribute names, variables, parameters, def and
 * class names and except targets; keyword names of a call and strings (getattr) stay as written.
 */
public final class PrivateNames {
    private PrivateNames() { }

    public static String mangle(String privateClass, String name) {
        if (privateClass == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        int start = 0;
        while (start < privateClass.length() && privateClass.charAt(start) == '_') start++;
        if (start == privateClass.length()) return name;
        return "_" + privateClass.substring(start) + name;
    }
}
