package com.studyhall.study;

/** Where a card comes from: a flashcard, or a glossary term turned into a card. */
public enum CardKind {
    FLASHCARD("flashcard"), GLOSSARY("glossary");

    private final String prefix;

    CardKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
