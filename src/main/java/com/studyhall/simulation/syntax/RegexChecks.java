package com.studyhall.simulation.syntax;

import com.studyhall.simulation.library.PythonRegex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The re rules, checked before the run (see docs/simulation-engine.md, "The math and re modules"):
 * - every pattern is a str literal the lab translates exactly (library.PythonRegex), with flags
 *   written as re.I-style names joined by '|': so no pattern can fail or differ at run time;
 * - a sub()/subn() replacement is a str literal (a valid template) or a function;
 * - re's functions are only called, and its flags (RegexFlag members in CPython) only appear in a
 *   flags argument; re is reached through `import re` only;
 * - CPython compiles a new pattern with Python code (Lib/re/_parser.py and _compiler.py) whose
 *   15 to 40 tracked allocations per pattern the lab does not make, so a program that uses re may
 *   not observe the collector (gc's counting and collecting functions, __del__, weakref), and a
 *   Pattern's size (its compiled code) is not modelled: sys.getsizeof is refused where a Pattern
 *   can be reached.
 * The collector rule serves the traceback module too: its printing builds a StackSummary of
 * FrameSummary objects and reads lines through linecache, objects the lab does not make.
 */
final class RegexChecks {
    private static final Set<String> PATTERN_FIRST = Set.of("compile", "search", "match", "fullmatch", "findall", "finditer",
            "sub", "subn", "split");
    private static final Map<String, Integer> FLAGS_POSITION = Map.of("compile", 1, "search", 2, "match", 2, "fullmatch", 2,
            "findall", 2, "finditer", 2, "sub", 4, "subn", 4, "split", 3);
    private static final Map<String, Integer> FLAG_VALUES = PythonRegex.FLAG_NAMES;
    /** gc functions whose answers do not depend on when collections ran. */
    private static final Set<String> TIMELESS_GC = Set.of("is_tracked", "isenabled", "enable", "disable", "get_threshold");

    private final BiConsumer<Token, String> refuse;
    private final Map<String, String> importedModules;
    private Token imported;
    /** re.X attribute nodes that are a called function or a flag inside a flags argument. */
    private final Set<Expr> allowed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Expr.Attribute> reAttributes = new ArrayList<>();
    /** Names bound to re.compile(literal): their translation (null when bound to several). */
    private final Map<String, PythonRegex.Translation> compiledNames = new HashMap<>();
    private final List<Expr.Call> replacementCalls = new ArrayList<>();
    /** re.sub/re.subn calls: the replacement, the pattern's translation and the call's token, checked at the end. */
    private final List<Object[]> moduleReplacements = new ArrayList<>();
    private final List<Token> observers = new ArrayList<>();
    private final List<Token> sizeofs = new ArrayList<>();
    private boolean patternReachable;

    RegexChecks(BiConsumer<Token, String> refuse, Map<String, String> importedModules) {
        this.refuse = refuse;
        this.importedModules = importedModules;
    }

    void imported(Token at) {
        if (imported == null) imported = at;
    }

    /** import traceback (or from traceback import ...): the collector may not be observed either. */
    void tracebackImported(Token at) {
        if (tracebackImported == null) tracebackImported = at;
    }

    private Token tracebackImported;

    /**
     * sys.stdin read in the program: the collector may not be observed either. Its TextIOWrapper keeps
     * a snapshot tuple for tell() while it reads with readline() or read(n), which iteration and read()
     * drop, and the lab counts input's chunks as input() reads them only (equal for one way of reading,
     * a count or two apart when a program mixes them).
     */
    void stdinRead(Token at) {
        if (stdinRead == null) stdinRead = at;
    }

    private Token stdinRead;

    /**
     * A library name whose Python code (typing's, functools', contextlib's) makes and frees objects
     * the lab does not count: the collector may not be observed either. The first such name is kept.
     */
    void libraryCodeUsed(Token at, String name) {
        if (libraryCode == null) libraryCode = name;
    }

    private String libraryCode;

    void fromImport(Token at) {
        refuse.accept(at, "'from re import ...' (the lab checks re through 'import re')");
    }

    private boolean isRe(Expr e) {
        return e instanceof Expr.Name n && "re".equals(importedModules.get(n.name()));
    }

    private boolean isModule(Expr e, String module) {
        return e instanceof Expr.Name n && module.equals(importedModules.get(n.name()));
    }

    /** A gc function, __del__ or weakref: what would see the collector run at other moments. */
    void observer(Token at) {
        observers.add(at);
    }

    /** from gc import collect, from sys import getsizeof: the same rules as gc.collect and sys.getsizeof. */
    void fromImported(String module, Token name) {
        if (module.equals("gc") && !TIMELESS_GC.contains(name.lexeme())) observers.add(name);
        if (module.equals("sys") && name.lexeme().equals("getsizeof")) sizeofs.add(name);
    }

    void attribute(Expr.Attribute a) {
        if (isRe(a.object())) reAttributes.add(a);
        if (a.name().equals("re")) patternReachable = true;
        if (isModule(a.object(), "gc") && !TIMELESS_GC.contains(a.name())) observers.add(a.token());
        if (isModule(a.object(), "sys") && a.name().equals("getsizeof")) sizeofs.add(a.token());
    }

    void assign(Stmt.Assign s) {
        if (!(s.value() instanceof Expr.Call c && c.callee() instanceof Expr.Attribute f && isRe(f.object())
                && f.name().equals("compile"))) {
            return;
        }
        PythonRegex.Translation t = translation(c, "compile", false);
        for (Expr target : s.targets()) {
            if (target instanceof Expr.Name n) {
                if (compiledNames.containsKey(n.name())) compiledNames.put(n.name(), null);
                else compiledNames.put(n.name(), t);
            }
        }
    }

    /** Calls already checked (the checker can reach an expression twice). */
    private final Set<Expr.Call> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    void call(Expr.Call e) {
        if (!seen.add(e)) return;
        if (e.callee() instanceof Expr.Attribute f && isRe(f.object())) {
            allowed.add(f);
            if (f.name().equals("compile")) patternReachable = true;
            if (PATTERN_FIRST.contains(f.name())) {
                if (e.args().stream().anyMatch(x -> x instanceof Expr.Starred) || e.keywords().stream().anyMatch(k -> k.name() == null)) {
                    refuse.accept(e.token(), "re." + f.name() + "() with *args or **kwargs");
                    return;
                }
                PythonRegex.Translation t = translation(e, f.name(), true);
                if (t != null && (f.name().equals("sub") || f.name().equals("subn"))) {
                    moduleReplacements.add(new Object[] {argument(e, 1, "repl"), t, e.token()});
                }
            }
            return;
        }
        if (e.callee() instanceof Expr.Attribute m && (m.name().equals("sub") || m.name().equals("subn"))) replacementCalls.add(e);
    }

    private static Expr argument(Expr.Call e, int position, String keyword) {
        if (position < e.args().size()) return e.args().get(position);
        for (Expr.Keyword k : e.keywords()) if (keyword.equals(k.name())) return k.value();
        return null;
    }

    /** The pattern and flags of a re function call, translated; refused (null) when either is not literal or untranslatable. */
    private PythonRegex.Translation translation(Expr.Call e, String function, boolean report) {
        Expr pattern = argument(e, 0, "pattern");
        if (!(pattern instanceof Expr.Constant c && c.value() instanceof String text)) {
            if (report) refuse.accept(pattern == null ? e.token() : pattern.token(), "a re pattern that is not a str literal");
            return null;
        }
        Expr flagsArg = argument(e, FLAGS_POSITION.get(function), "flags");
        Integer flags = flagsArg == null ? Integer.valueOf(0) : flags(flagsArg);
        if (flags == null) {
            if (report) refuse.accept(flagsArg.token(), "re flags other than re.I, re.M, re.S, re.X, re.A, re.U joined by '|'");
            return null;
        }
        try {
            return PythonRegex.translate(text, flags);
        } catch (PythonRegex.Unsupported u) {
            if (report) refuse.accept(pattern.token(), "the re pattern " + quoted(text) + " (" + u.getMessage() + ")");
            return null;
        }
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private Integer flags(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof java.math.BigInteger b && b.signum() == 0) return 0;
        if (e instanceof Expr.Constant c && c.value() instanceof Long l && l == 0) return 0;
        if (e instanceof Expr.Attribute a && isRe(a.object()) && FLAG_VALUES.containsKey(a.name())) {
            allowed.add(a);
            return FLAG_VALUES.get(a.name());
        }
        if (e instanceof Expr.Binary b && b.op() == TokenType.PIPE) {
            Integer l = flags(b.left());
            Integer r = flags(b.right());
            return l == null || r == null ? null : l | r;
        }
        return null;
    }

    /** A replacement: a valid template literal, a lambda, or the name of a def; anything else could be a str the checker cannot see. */
    private void replacement(Expr repl, PythonRegex.Translation t, Token at) {
        if (repl == null || repl instanceof Expr.Lambda) return;
        if (repl instanceof Expr.Constant c && c.value() instanceof String template) {
            if (t == null) {
                if (template.matches("(?s).*\\\\(g|[0-9]).*")) {
                    refuse.accept(repl.token(), "a replacement with group references on a pattern the checker cannot see");
                }
                return;
            }
            try {
                PythonRegex.template(template, t.groups(), t.groupIndex());
            } catch (PythonRegex.Unsupported u) {
                refuse.accept(repl.token(), "the replacement " + quoted(template) + " (" + u.getMessage() + ")");
            }
            return;
        }
        if (repl instanceof Expr.Name n && definedFunctions.contains(n.name())) return;
        refuse.accept(repl.token(), "a replacement that is not a str literal, a lambda or a def's name");
    }

    private final Set<String> definedFunctions = new java.util.HashSet<>();

    void defined(String function) {
        definedFunctions.add(function);
    }

    /** The end of the program: the rules that need all of it. */
    void finish() {
        if (stdinRead != null) {
            for (Token t : observers) {
                refuse.accept(t, "observing the collector (gc's counts and collections, __del__, weakref) in a program that reads "
                        + "sys.stdin (its reads make objects the lab does not count)");
            }
        }
        if (libraryCode != null) {
            for (Token t : observers) {
                refuse.accept(t, "observing the collector (gc's counts and collections, __del__, weakref) in a program that uses "
                        + libraryCode + " (its Python code makes objects the lab does not count)");
            }
        }
        if (tracebackImported != null) {
            for (Token t : observers) {
                refuse.accept(t, "observing the collector (gc's counts and collections, __del__, weakref) in a program that uses "
                        + "traceback (its formatting makes objects the lab does not)");
            }
        }
        if (imported == null) return;
        for (Expr.Attribute a : reAttributes) {
            if (allowed.contains(a)) continue;
            if (FLAG_VALUES.containsKey(a.name())) refuse.accept(a.token(), "re." + a.name() + " outside a flags argument (a RegexFlag)");
            else if (PATTERN_FIRST.contains(a.name()) || a.name().equals("escape")) {
                refuse.accept(a.token(), "re." + a.name() + " other than called directly");
            }
        }
        for (Object[] r : moduleReplacements) replacement((Expr) r[0], (PythonRegex.Translation) r[1], (Token) r[2]);
        for (Expr.Call e : replacementCalls) {
            Expr.Attribute m = (Expr.Attribute) e.callee();
            PythonRegex.Translation t = m.object() instanceof Expr.Name n ? compiledNames.get(n.name()) : null;
            replacement(argument(e, 0, "repl"), t, e.token());
        }
        for (Token t : observers) {
            refuse.accept(t, "observing the collector (gc's counts and collections, __del__, weakref) in a program that uses re "
                    + "(CPython's re compiler makes objects the lab does not)");
        }
        if (patternReachable) {
            for (Token t : sizeofs) refuse.accept(t, "sys.getsizeof in a program that compiles re patterns (a Pattern's compiled code)");
        }
    }
}
