package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** One part of an audio lesson: a classroom conversation, optionally with a recording. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class LessonPart extends SectionItem {

    @Size(max = 160)
    private String title;

    @Size(max = 4000)
    private String keyTakeaway;

    @Size(max = 200)
    private String audioFileKey;

    @Size(max = 60)
    private String audioContentType;

    @OneToMany(mappedBy = "lessonPart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TranscriptTurn> turns = new ArrayList<>();

    protected LessonPart() {
    }

    public LessonPart(Section section, int position, String title, String keyTakeaway) {
        super(section, position);
        this.title = title;
        this.keyTakeaway = keyTakeaway;
    }

    public void addTurn(SpeakerRole role, String speaker, String text) {
        turns.add(new TranscriptTurn(this, turns.size() + 1, role, speaker, text));
    }

    public String getTitle() {
        return title;
    }

    public String getKeyTakeaway() {
        return keyTakeaway;
    }

    public String getAudioFileKey() {
        return audioFileKey;
    }

    public String getAudioContentType() {
        return audioContentType;
    }

    public List<TranscriptTurn> getTurns() {
        return List.copyOf(turns);
    }

    public void edit(String title, String keyTakeaway) {
        this.title = title;
        this.keyTakeaway = keyTakeaway;
    }

    /** Replaces the whole transcript; positions follow the given order. */
    public void replaceTurns(List<TranscriptTurn.Line> lines) {
        turns.clear();
        lines.forEach(line -> addTurn(line.role(), line.speaker(), line.text()));
    }

    public void attachAudio(String fileKey, String contentType) {
        this.audioFileKey = fileKey;
        this.audioContentType = contentType;
    }
}
