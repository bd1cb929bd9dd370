package com.studyhall.study;

import java.util.Optional;

/** Names one card across the whole platform; written in URLs as {@code flashcard-12} or {@code glossary-5}. */
public record CardRef(CardKind kind, long itemId) {

    public static Optional<CardRef> parse(String text) {
        for (CardKind kind : CardKind.values()) {
            String prefix = kind.prefix() + "-";
            if (text != null && text.startsWith(prefix) && text.length() > prefix.length()
                    && text.length() <= prefix.length() + 18 && text.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                return Optional.of(new CardRef(kind, Long.parseLong(text.substring(prefix.length()))));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kind.prefix() + "-" + itemId;
    }
}
