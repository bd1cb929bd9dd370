package com.studyhall.study;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

/** One person's turn in a classroom conversation. */
@Entity
public class TranscriptTurn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_part_id")
    private LessonPart lessonPart;

    private int position;

    @Enumerated(EnumType.STRING)
    private SpeakerRole role;

    @Size(max = 80)
    private String speaker;

    @Size(max = 8000)
    private String text;

    protected TranscriptTurn() {
    }

    TranscriptTurn(LessonPart lessonPart, int position, SpeakerRole role, String speaker, String text) {
        this.lessonPart = lessonPart;
        this.position = position;
        this.role = role;
        this.speaker = speaker;
        this.text = text;
    }

    public int getPosition() {
        return position;
    }

    public SpeakerRole getRole() {
        return role;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }

    /** A turn's content without its place, as editors and bundles carry it. */
    public record Line(SpeakerRole role, String speaker, String text) {
    }
}
