package com.studyhall.study;

import com.studyhall.assessment.TestSettings;

import java.util.List;

/** Every study format of one section, ready for the page. Long text is still Markdown. */
public record SectionContents(List<LessonPartView> lessonParts, SectionSummary summary,
                              List<AudiobookChapter> chapters, List<KeyConcept> keyConcepts,
                              List<WorkedExample> examples, List<MemoryAid> memoryAids,
                              List<Flashcard> flashcards, List<GlossaryTerm> glossary,
                              TestSettings testSettings, int questionCount) {

    /** How much of each format this holds, as a visitor's locked view counts it. */
    public ContentCounts counts() {
        return new ContentCounts(lessonParts.size(), summary != null, chapters.size(), keyConcepts.size(),
                examples.size(), memoryAids.size(), flashcards.size(), glossary.size(), questionCount);
    }

    /** A lesson part with its transcript, read while the database session was open. */
    public record LessonPartView(long id, int number, String title, String keyTakeaway, boolean hasAudio,
                                 List<TurnView> turns) {
    }

    /** One turn of a conversation. */
    public record TurnView(SpeakerRole role, String speaker, String text) {
        public boolean teacher() {
            return role == SpeakerRole.TEACHER;
        }
    }
}
