package com.studyhall.study;

/** A card as the review page shows it: front and back are Markdown. */
public record StudyCard(CardRef ref, long sectionId, String courseTitle, String sectionTitle, String sectionPath,
                        String front, String back) {

    public boolean glossary() {
        return ref.kind() == CardKind.GLOSSARY;
    }
}
