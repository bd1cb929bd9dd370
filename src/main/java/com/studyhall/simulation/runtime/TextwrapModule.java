package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * textwrap: wrap, fill and shorten (TextWrapper's keywords but fix_sentence_endings, which the
 * checker refuses), dedent and indent. wrap's list is grown by append, as TextWrapper's lines list.
 */
final class TextwrapModule extends NativeModule {
    /** TextWrapper's parameters in their positional order (width comes first in wrap and fill). */
    private static final List<String> PARAMETERS = List.of("width", "initial_indent", "subsequent_indent", "expand_tabs",
            "replace_whitespace", "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens",
            "tabsize", "max_lines", "placeholder");
    private static final Pattern WHITESPACE_ONLY = Pattern.compile("^[ \\t]+$", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern LEADING_WHITESPACE = Pattern.compile("(^[ \\t]*)(?:[^ \\t\\n])", Pattern.MULTILINE | Pattern.UNIX_LINES);

    private final Builtins p;

    TextwrapModule(Interpreter in, Builtins protocols) {
        super("textwrap", in);
        this.p = protocols;
        keywordFunction("wrap", (args, kw) -> lines(wrapping("wrap", args, kw, null).wrap(text("wrap", args))));
        keywordFunction("fill", (args, kw) -> v.str(String.join("\n", wrapping("fill", args, kw, null).wrap(text("fill", args)))));
        keywordFunction("shorten", (args, kw) -> {
            String collapsed = String.join(" ", Text.split(Text.strip(text("shorten", args), null, true, true), null, -1));
            return v.str(String.join("\n", wrapping("shorten", args, kw, 1).wrap(collapsed)));
        });
        function("dedent", (args, kw) -> v.str(dedent(Args.str(one("dedent", args)))));
        keywordFunction("indent", this::indent);
    }

    private static String text(String fname, List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", fname + "() missing 1 required positional argument: 'text'");
        return Args.str(args.get(0));
    }

    /** The list wrap returns, filled by append as TextWrapper fills its lines. */
    private PyObject lines(List<String> lines) {
        PyList l = heap.alloc(new PyList(new ArrayList<>(), 0));
        for (String line : lines) p.append(l, v.str(line));
        return l;
    }

    /** A TextWrapper's settings from wrap(text, width=70, **kwargs); shorten's max_lines is 1. */
    private TextWrapping wrapping(String fname, List<PyObject> args, Map<String, PyObject> kw, Integer maxLines) {
        if (args.size() > 2) throw new PyRaise("TypeError", fname + "() takes from 1 to 2 positional arguments but " + args.size() + " were given");
        for (String k : kw.keySet()) {
            if (!PARAMETERS.contains(k)) throw new PyRaise("TypeError", "TextWrapper.__init__() got an unexpected keyword argument '" + k + "'");
        }
        PyObject width = args.size() > 1 ? args.get(1) : kw.get("width");
        if (width == null && fname.equals("shorten")) throw new PyRaise("TypeError", "shorten() missing 1 required positional argument: 'width'");
        PyObject lines = kw.get("max_lines");
        return new TextWrapping(new TextWrapping.Settings(width == null ? 70 : (int) Args.integer(width),
                string(kw, "initial_indent", ""), string(kw, "subsequent_indent", ""), flag(kw, "expand_tabs"),
                flag(kw, "replace_whitespace"), flag(kw, "break_long_words"), flag(kw, "drop_whitespace"),
                flag(kw, "break_on_hyphens"), kw.containsKey("tabsize") ? (int) Args.integer(kw.get("tabsize")) : 8,
                maxLines != null ? maxLines : lines == null || lines instanceof PyNone ? null : (int) Args.integer(lines),
                string(kw, "placeholder", " [...]")));
    }

    private static String string(Map<String, PyObject> kw, String name, String byDefault) {
        return kw.containsKey(name) ? Args.str(kw.get(name)) : byDefault;
    }

    private boolean flag(Map<String, PyObject> kw, String name) {
        return !kw.containsKey(name) || in.ops.truthy(kw.get(name));
    }

    /** dedent: whitespace-only lines emptied, then the margin common to the other lines removed. */
    static String dedent(String text) {
        text = WHITESPACE_ONLY.matcher(text).replaceAll("");
        String margin = null;
        Matcher m = LEADING_WHITESPACE.matcher(text);
        while (m.find()) {
            String indent = m.group(1);
            if (margin == null || margin.startsWith(indent)) margin = indent;
            else if (!indent.startsWith(margin)) margin = commonPrefix(margin, indent);
        }
        if (margin == null || margin.isEmpty()) return text;
        return Pattern.compile("^" + Pattern.quote(margin), Pattern.MULTILINE | Pattern.UNIX_LINES).matcher(text).replaceAll("");
    }

    private static String commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return a.substring(0, i);
    }

    /** indent(text, prefix, predicate=None): the prefix before each line the predicate accepts (by default, lines with more than whitespace). */
    private PyObject indent(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!Set.of("text", "prefix", "predicate").contains(k)) throw new PyRaise("TypeError", "indent() got an unexpected keyword argument '" + k + "'");
        }
        PyObject text = Args.get(args, kw, 0, "text");
        PyObject prefix = Args.get(args, kw, 1, "prefix");
        if (text == null || prefix == null) {
            throw new PyRaise("TypeError", "indent() missing 1 required positional argument: '" + (text == null ? "text" : "prefix") + "'");
        }
        PyObject predicate = Args.get(args, kw, 2, "predicate");
        if (predicate instanceof PyNone) predicate = null;
        StringBuilder out = new StringBuilder();
        for (String line : Text.splitlines(Args.str(text), true)) {
            if (accepts(predicate, line)) out.append(Args.str(prefix));
            out.append(line);
        }
        return v.str(out.toString());
    }

    private boolean accepts(PyObject predicate, String line) {
        if (predicate == null) return !Text.strip(line, null, true, true).isEmpty();
        PyObject s = v.str(line);
        try {
            PyObject answer = p.callValue(predicate, List.of(s));
            try {
                return in.ops.truthy(answer);
            } finally {
                heap.decref(answer);
            }
        } finally {
            heap.decref(s);
        }
    }
}
