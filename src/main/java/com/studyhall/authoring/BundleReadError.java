package com.studyhall.authoring;

import tools.jackson.core.JacksonException;

import java.util.Map;

/**
 * Says in words where a bundle file could not be read: "section 2, question 1, type: this value
 * cannot be read (line 40)", never the JSON library's own message.
 */
final class BundleReadError {

    /** Lists in the bundle, by the name one of their elements goes by. */
    private static final Map<String, String> ELEMENT = Map.ofEntries(
            Map.entry("sections", "section"), Map.entry("lessonParts", "lesson part"), Map.entry("turns", "turn"),
            Map.entry("chapters", "chapter"), Map.entry("keyConcepts", "key concept"), Map.entry("examples", "example"),
            Map.entry("memoryAids", "memory aid"), Map.entry("flashcards", "flashcard"),
            Map.entry("glossary", "glossary term"), Map.entry("questions", "question"), Map.entry("options", "option"),
            Map.entry("acceptedAnswers", "accepted answer"));

    private BundleReadError() {
    }

    static String describe(JacksonException unreadable) {
        String line = unreadable.getLocation() == null || unreadable.getLocation().getLineNr() < 1 ? ""
                : " (line " + unreadable.getLocation().getLineNr() + ")";
        if (unreadable.getPath().isEmpty()) {
            return "the file is not a course bundle: it is not well-formed JSON" + line;
        }
        var where = new StringBuilder();
        String list = null;
        for (JacksonException.Reference step : unreadable.getPath()) {
            String part;
            if (step.getPropertyName() != null) {
                list = step.getPropertyName();
                part = words(list);
            } else if (step.getIndex() >= 0) {
                part = ELEMENT.getOrDefault(list, "item") + " " + (step.getIndex() + 1);
                removeLast(where);
            } else {
                continue;
            }
            where.append(where.isEmpty() ? "" : ", ").append(part);
        }
        return where + ": this value cannot be read here (wrong kind of value, or not one of the allowed ones)" + line;
    }

    /** A list's name is replaced by its numbered element ("sections" then [1] reads "section 2"). */
    private static void removeLast(StringBuilder where) {
        int comma = where.lastIndexOf(", ");
        where.setLength(comma < 0 ? 0 : comma);
    }

    /** camelCase as words: "questionsPerAttempt" reads "questions per attempt". */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
