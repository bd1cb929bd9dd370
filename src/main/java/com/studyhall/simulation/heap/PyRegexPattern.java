package com.studyhall.simulation.heap;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A compiled regular expression (re.Pattern, Modules/_sre/sre.c's PatternObject): it holds its
 * pattern string; the matching itself is a java.util.regex pattern translated from Python's syntax
 * (library.PythonRegex), plus a variant that refuses an empty match where the search starts (sre's
 * must_advance, for the searches after an empty match in findall, finditer, sub and split).
 */
public final class PyRegexPattern extends PyObject {
    public PyObject pattern;
    public final java.util.regex.Pattern compiled;
    public final java.util.regex.Pattern advancing;
    /** What p.flags reports (re.UNICODE added for str patterns, inline flags included). */
    public final int flags;
    public final int groups;
    /** Group names in order of definition, to their numbers. */
    public final Map<String, Integer> groupIndex;
    /** The group enclosing each group (0: none), for lastindex. */
    public final int[] parents;

    public PyRegexPattern(PyObject pattern, java.util.regex.Pattern compiled, java.util.regex.Pattern advancing,
            int flags, int groups, Map<String, Integer> groupIndex, int[] parents) {
        this.parents = parents;
        this.pattern = pattern;
        this.compiled = compiled;
        this.advancing = advancing;
        this.flags = flags;
        this.groups = groups;
        this.groupIndex = groupIndex;
    }

    /** The name of group i, or null. */
    public String groupName(int i) {
        for (Map.Entry<String, Integer> e : groupIndex.entrySet()) if (e.getValue() == i) return e.getKey();
        return null;
    }

    @Override
    public String typeName() {
        return "re.Pattern";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (pattern != null) visit.accept(pattern);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (pattern != null) visit.accept("pattern", pattern);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject p = pattern;
        pattern = null;
        if (p != null) heap.decref(p);
    }

    /**
     * Not modelled: CPython's size counts the compiled sre code, which Lib/re/_compiler.py makes;
     * the checker refuses sys.getsizeof in a program that can reach a Pattern.
     */
    @Override
    public long sizeof() {
        return 0;
    }

    @Override
    public String shortValue() {
        return "re.Pattern";
    }
}
