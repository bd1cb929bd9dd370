package com.studyhall.simulation.syntax;

/** A token with its position (1-based line and column); {@code literal} holds decoded values. */
public record Token(TokenType type, String lexeme, Object literal, int line, int column) {
    @Override
    public String toString() {
        return type + " '" + lexeme + "' " + line + ":" + column;
    }
}
