package com.studyhall.study;

/** Where a card comes from: a flashcard, a glossary term turned into a card, or a learner's own card. */
public enum CardKind {
    FLASHCARD("flashcard"), GLOSSARY("glossary"), OWN("own");

    private final String prefix;

    CardKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
