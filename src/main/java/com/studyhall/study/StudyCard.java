package com.studyhall.study;

/** A card as the review page shows it: front and back are Markdown. */
public record StudyCard(CardRef ref, long sectionId, String courseTitle, String sectionTitle, String sectionPath,
                        String front, String back) {

    public boolean glossary() {
        return ref.kind() == CardKind.GLOSSARY;
    }

    /** The badge a card wears: Flashcard, Glossary or Your card. */
    public String kindLabel() {
        return switch (ref.kind()) {
            case FLASHCARD -> "Flashcard";
            case GLOSSARY -> "Glossary";
            case OWN -> "Your card";
        };
    }
}
