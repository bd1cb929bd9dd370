package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a program may do with sys's standard streams (sys.stdout, sys.stderr and the same objects as
 * sys.__stdout__, sys.__stderr__). The lab's streams (runtime.StdoutType) are objects with
 * CPython's reference counts, so they may be bound to names, imported with {@code from sys import},
 * held by containers and defaults, passed on and compared; they answer {@code write},
 * {@code writelines}, {@code flush}, {@code isatty}, {@code fileno}, {@code writable},
 * {@code readable}, {@code encoding}, {@code name} and {@code mode} as {@code python3 script.py}
 * does with its output redirected. Still refused where the checker can see a stream (spelled
 * {@code sys.stdout} or a name bound to one): replacing it ({@code sys.stdout = buf}), its other
 * attributes (buffer, errors, seekable, close...: unmodelled, or they tell a file from a pipe or a
 * terminal), setting attributes on it (its instance dict), and using it as a context manager, an
 * iterable or the argument of the builtins and functions that would look inside it. Once a stream
 * escapes the checker's sight (into a container, a call's argument, a return), the unmodelled
 * attribute names are refused anywhere in the program, unless it defines that name itself.
 */
final class StreamUses {
    static final Set<String> STREAMS = Set.of("stdout", "stderr", "__stdout__", "__stderr__");
    /** The attributes the lab's TextIOWrapper answers. */
    private static final Set<String> MODELLED = Set.of("write", "writelines", "flush", "isatty", "fileno", "writable",
            "readable", "encoding", "name", "mode", "__class__");
    /** TextIOWrapper's other attributes (dir(sys.stdout) of python3 3.11, dunders aside). */
    private static final Set<String> UNMODELLED = Set.of("buffer", "close", "closed", "detach", "errors", "line_buffering",
            "newlines", "read", "readline", "readlines", "reconfigure", "seek", "seekable", "tell", "truncate",
            "write_through", "_CHUNK_SIZE", "_finalizing");
    private static final Set<String> STRINGIO_LACKS = Set.of("writelines", "fileno");
    /** Builtins that would iterate a stream, copy it, or read its instance dict or attribute table. */
    private static final Set<String> LOOKING_INSIDE = Set.of("vars", "dir", "getattr", "setattr", "delattr", "hasattr",
            "iter", "next", "list", "tuple", "set", "sorted", "enumerate", "zip", "map", "filter", "frozenset");
    /** Module functions likewise: copy.copy/deepcopy, weakref's, gc.get_referents/get_referrers. */
    private static final Map<String, Set<String>> MODULE_LOOKING_INSIDE = Map.of(
            "copy", Set.of("copy", "deepcopy"),
            "weakref", Set.of("ref", "proxy", "finalize", "WeakMethod"),
            "gc", Set.of("get_referents", "get_referrers"));

    private final Map<String, String> importedModules;
    private final Set<String> aliases = new HashSet<>();
    private final List<Expr.Attribute> attributes = new ArrayList<>();
    private final Set<Expr.Attribute> targets = new HashSet<>();
    private final List<Expr> insideUses = new ArrayList<>();
    private final List<Expr.Name> nameReads = new ArrayList<>();
    /** Where a stream stays in sight: an attribute's receiver, print's file=, a measure's argument, a binding's value, is/== operands. */
    private final Set<Expr> inSight = Collections.newSetFromMap(new IdentityHashMap<>());

    StreamUses(Map<String, String> importedModules) {
        this.importedModules = importedModules;
    }

    private boolean isSys(Expr e) {
        return e instanceof Expr.Name m && "sys".equals(importedModules.get(m.name()));
    }

    /** sys.stdout, sys.stderr, sys.__stdout__ or sys.__stderr__ spelled out. */
    boolean isStream(Expr e) {
        return e instanceof Expr.Attribute a && STREAMS.contains(a.name()) && isSys(a.object());
    }

    /** sys.stdin or sys.__stdin__: one TextIOWrapper (runtime.StdinType), which the lab answers wherever it is used. */
    boolean isStdin(Expr e) {
        return e instanceof Expr.Attribute a && (a.name().equals("stdin") || a.name().equals("__stdin__")) && isSys(a.object());
    }

    private boolean seenAsStream(Expr e) {
        return isStream(e) || e instanceof Expr.Name n && aliases.contains(n.name());
    }

    /** Every attribute read or written (target: an assignment's or del's target). */
    void attribute(Expr.Attribute a, boolean target) {
        attributes.add(a);
        if (target) targets.add(a);
        inSight.add(a.object());
    }

    /** A name read (not a binding). */
    void nameRead(Expr.Name n) {
        nameReads.add(n);
    }

    /** is, is not, == and != keep their operands in sight. */
    void compared(Expr.Compare c) {
        if (c.ops().stream().allMatch(op -> op.equals("is") || op.equals("is not") || op.equals("==") || op.equals("!="))) {
            inSight.add(c.first());
            inSight.addAll(c.rest());
        }
    }

    /** del of an attribute. */
    void deleted(Expr.Attribute a) {
        targets.add(a);
    }

    /** A name bound from sys's stream of that name (from sys import stderr as err; from sys import *). */
    void imported(String sysName, String boundAs) {
        if (STREAMS.contains(sysName)) aliases.add(boundAs);
    }

    /** name = value, or a parameter's default: the name may hold a stream. */
    void bound(String name, Expr value) {
        if (value != null && seenAsStream(value)) aliases.add(name);
        if (value != null) inSight.add(value);
    }

    /** A with statement's context manager or a for loop's iterable. */
    void iteratedOrEntered(Expr e) {
        insideUses.add(e);
    }

    void call(Expr.Call c, boolean readsBuiltin) {
        boolean looks = c.callee() instanceof Expr.Name f && readsBuiltin && LOOKING_INSIDE.contains(f.name())
                || c.callee() instanceof Expr.Attribute m && m.object() instanceof Expr.Name mod
                && MODULE_LOOKING_INSIDE.getOrDefault(importedModules.getOrDefault(mod.name(), ""), Set.of()).contains(m.name());
        if (looks) insideUses.addAll(c.args());
        if (c.callee() instanceof Expr.Name p && readsBuiltin && p.name().equals("print")) {
            for (Expr.Keyword k : c.keywords()) if (k.name() != null && k.name().equals("file")) inSight.add(k.value());
        }
        if (c.callee() instanceof Expr.Attribute f && MEASURES.contains(f.name()) && isSys(f.object())) inSight.addAll(c.args());
    }

    private static final Set<String> MEASURES = Set.of("getrefcount", "getsizeof");

    /** A stream expression or a name bound to one, anywhere but in sight. */
    private boolean escaped() {
        for (Expr.Attribute a : attributes) if (isStream(a) && !targets.contains(a) && !inSight.contains(a)) return true;
        for (Expr.Name n : nameReads) if (aliases.contains(n.name()) && !inSight.contains(n)) return true;
        return false;
    }

    /**
     * usesIo: the program imports io. Its StringIO lacks writelines and fileno (CPython's raises
     * io.UnsupportedOperation), which only the streams answer, so there those two names are
     * refused on anything the checker does not see as a stream.
     */
    void check(Set<String> definedAttributes, boolean usesIo, BiConsumer<Token, String> refuse) {
        boolean escaped = escaped();
        for (Expr.Attribute a : attributes) {
            if (usesIo && STRINGIO_LACKS.contains(a.name()) && !seenAsStream(a.object()) && !definedAttributes.contains(a.name())) {
                refuse.accept(a.token(), "'" + a.name() + "' in a program that uses io (io.StringIO's is not modelled; sys.stdout's is)");
            } else if (isStream(a) && targets.contains(a)) {
                refuse.accept(a.token(), "replacing or deleting sys." + a.name() + " (the lab writes to the process's own streams)");
            } else if (seenAsStream(a.object()) && (targets.contains(a) || !MODELLED.contains(a.name()))) {
                refuse.accept(a.token(), "the standard stream's attribute '" + a.name() + "' (the lab models write, writelines, flush, "
                        + "isatty, fileno, writable, readable, encoding, name and mode, and no attributes of a program's own)");
            } else if (escaped && UNMODELLED.contains(a.name()) && !definedAttributes.contains(a.name())) {
                refuse.accept(a.token(), "the attribute or method '" + a.name() + "' in a program that passes sys.stdout or sys.stderr on "
                        + "(the stream's own is not modelled)");
            }
        }
        for (Expr e : insideUses) {
            if (seenAsStream(e)) refuse.accept(e.token(), "a standard stream iterated, entered by 'with', copied, weakly referenced or looked into");
        }
    }
}
