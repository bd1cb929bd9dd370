package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a program that names UnicodeError, UnicodeEncodeError or UnicodeDecodeError may not read.
 * CPython's codecs raise them with five arguments (encoding, object, start, end, reason) that
 * UnicodeEncodeError_init and UnicodeDecodeError_init keep as members; the lab's have the message
 * alone, so those members and args are refused up front (reading one used to stop the run
 * half-way with an AttributeError). str(e) is the same in both.
 */
final class UnicodeErrorChecks {
    private static final Set<String> CLASSES = Set.of("UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError");
    private static final Set<String> MEMBERS = Set.of("encoding", "object", "start", "end", "reason", "args");

    private Token use;
    private final List<Token> reads = new ArrayList<>();

    void name(Expr.Name e) {
        if (use == null && CLASSES.contains(e.name())) use = e.token();
    }

    void attribute(Expr.Attribute a, boolean inTarget) {
        if (!inTarget && MEMBERS.contains(a.name())) reads.add(a.token());
    }

    void finish(BiConsumer<Token, String> refuse) {
        if (use == null) return;
        for (Token t : reads) {
            refuse.accept(t, "'" + t.lexeme() + "' in a program that names a Unicode error class (the members encoding, object,"
                    + " start, end and reason of UnicodeEncodeError and UnicodeDecodeError, and their 5-item args, are not modelled)");
        }
    }
}
