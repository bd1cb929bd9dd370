package com.studyhall.study;

/** The shape of a memory aid. */
public enum MemoryAidKind {
    RHYME("Rhyme"), STORY("Story"), ACRONYM("Acronym");

    private final String label;

    MemoryAidKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
