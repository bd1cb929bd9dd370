package com.studyhall.authoring;

import com.studyhall.study.LessonPart;
import com.studyhall.study.SpeakerRole;
import com.studyhall.study.TranscriptTurn;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lesson part and its transcript. Rows left blank are dropped, so the form can offer empty ones. */
public class LessonPartForm extends MergeableForm<LessonPartForm> {

    static final int BLANK_ROWS = 3;

    /** One turn of the transcript. */
    public static class Turn {
        private SpeakerRole role = SpeakerRole.TEACHER;
        private String speaker = "";
        private String text = "";

        public SpeakerRole getRole() { return role; }
        public void setRole(SpeakerRole role) { this.role = role; }
        public String getSpeaker() { return speaker; }
        public void setSpeaker(String speaker) { this.speaker = speaker == null ? "" : speaker; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text == null ? "" : text.replace("\r\n", "\n"); }

        boolean isBlank() {
            return speaker.isBlank() && text.isBlank();
        }
    }

    private String title = "";
    private String keyTakeaway = "";
    private List<Turn> turns = new ArrayList<>();

    static LessonPartForm of(LessonPart part) {
        var form = new LessonPartForm();
        form.title = part.getTitle();
        form.keyTakeaway = part.getKeyTakeaway();
        part.getTurns().forEach(t -> {
            var turn = new Turn();
            turn.setRole(t.getRole());
            turn.setSpeaker(t.getSpeaker());
            turn.setText(t.getText());
            form.turns.add(turn);
        });
        return form.startingAt(part.getVersion());
    }

    /** Adds empty rows for new turns, as the form shows them. */
    LessonPartForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            turns.add(new Turn());
        }
        return this;
    }

    List<TranscriptTurn.Line> lines() {
        return turns.stream().filter(t -> !t.isBlank())
                .map(t -> new TranscriptTurn.Line(t.role, t.speaker.strip(), t.text)).toList();
    }

    void validate(Errors errors) {
        if (title.isBlank()) {
            errors.rejectValue("title", "required", "Title is required");
        } else if (title.length() > 160) {
            errors.rejectValue("title", "length", "Title is longer than 160 characters");
        }
        if (keyTakeaway.length() > 4000) {
            errors.rejectValue("keyTakeaway", "length", "Key takeaway is longer than 4000 characters");
        }
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (!turn.isBlank() && (turn.speaker.isBlank() || turn.text.isBlank() || turn.role == null)) {
                errors.rejectValue("turns[" + i + "].text", "incomplete", "Turn " + (i + 1) + " needs a role, a speaker and a text");
            } else if (turn.speaker.length() > 80 || turn.text.length() > 8000) {
                errors.rejectValue("turns[" + i + "].text", "length", "Turn " + (i + 1) + " is too long (speaker 80, text 8000 characters)");
            }
        }
    }

    /** A turn as the history writes it: "ROLE · speaker: text", turns apart by a blank line. */
    private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
            "(?m)^(" + String.join("|", java.util.Arrays.stream(SpeakerRole.values()).map(Enum::name).toList())
                    + ") · (.*?): ");

    /**
     * Takes an earlier version from its history snapshot: title, key takeaway and every turn of
     * the transcript; base and version stay the stored part's, so saving merges like any edit.
     */
    LessonPartForm restoring(Map<String, String> version, long changeId) {
        title = version.getOrDefault("Title", title);
        keyTakeaway = version.getOrDefault("Key takeaway", keyTakeaway);
        if (version.containsKey("Transcript")) {
            turns = turnsOf(version.get("Transcript"));
        }
        setRestoring(changeId);
        return this;
    }

    /** The turns of a transcript snapshot; a turn's own blank lines stay in its text. */
    static List<Turn> turnsOf(String transcript) {
        var read = new ArrayList<Turn>();
        java.util.regex.Matcher start = TURN.matcher(transcript);
        Turn previous = null;
        int textFrom = 0;
        while (start.find()) {
            if (start.start() > 0 && !transcript.startsWith("\n\n", start.start() - 2)) {
                continue;
            }
            if (previous != null) {
                previous.setText(transcript.substring(textFrom, start.start() - 2));
            }
            previous = new Turn();
            previous.setRole(SpeakerRole.valueOf(start.group(1)));
            previous.setSpeaker(start.group(2));
            read.add(previous);
            textFrom = start.end();
        }
        if (previous != null) {
            previous.setText(transcript.substring(textFrom).replaceFirst("\\n\\n$", ""));
        }
        return read;
    }

    @Override
    void copyFields(LessonPartForm stored, java.util.Set<String> labels) {
        for (String label : labels) {
            switch (label) {
                case "Title" -> title = stored.title;
                case "Key takeaway" -> keyTakeaway = stored.keyTakeaway;
                case "Transcript" -> turns = new ArrayList<>(stored.turns);
                default -> { }
            }
        }
    }

    @Override
    Map<String, String> snapshot() {
        var values = new LinkedHashMap<String, String>();
        values.put("Title", title);
        values.put("Key takeaway", keyTakeaway);
        var transcript = new StringBuilder();
        lines().forEach(line -> transcript.append(line.role()).append(" · ").append(line.speaker()).append(": ")
                .append(line.text()).append("\n\n"));
        values.put("Transcript", transcript.toString());
        return values;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public String getKeyTakeaway() { return keyTakeaway; }
    public void setKeyTakeaway(String keyTakeaway) { this.keyTakeaway = keyTakeaway == null ? "" : keyTakeaway.replace("\r\n", "\n"); }
    public List<Turn> getTurns() { return turns; }
    public void setTurns(List<Turn> turns) { this.turns = turns; }
}
