package com.studyhall.study;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a learner adds to a deck: their own cards, and their notes on any card. Private to them. */
@Service
class OwnDeckService {

    private final DeckRepositories deck;
    private final StudyCards cards;
    private final ReviewService reviews;
    private final Clock clock;
    private final LearnerRows rows;

    OwnDeckService(DeckRepositories deck, StudyCards cards, ReviewService reviews, Clock clock, LearnerRows rows) {
        this.rows = rows;
        this.deck = deck;
        this.cards = cards;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Adds a card to a published section of the course; it enters the learner's queue as a new card. */
    @Transactional
    CardRef add(long userId, Course course, long sectionId, String front, String back) {
        Section section = cards.publishedSections(List.of(course.getId())).stream()
                .filter(s -> s.getId() == sectionId).findFirst()
                .orElseThrow(() -> refused("Choose one of the course's sections."));
        String question = required(front, OwnCard.MAX_FRONT, "front");
        String answer = required(back, OwnCard.MAX_BACK, "back");
        OwnCard card = deck.ownCards().save(new OwnCard(userId, section, question, answer, clock.instant()));
        return new CardRef(CardKind.OWN, card.getId());
    }

    @Transactional(readOnly = true)
    Optional<String> note(long userId, CardRef card) {
        return Optional.ofNullable(notes(userId).get(card));
    }

    /** The learner's notes by card, kept with their other rows ({@link LearnerRows}). */
    @Transactional(readOnly = true)
    Map<CardRef, String> notes(long userId) {
        return rows.notes(userId);
    }

    /** Writes the learner's note on a card they may study; an empty note removes it. */
    @Transactional
    void writeNote(long userId, Viewer viewer, CardRef card, String text) {
        reviews.open(userId, viewer, card);
        String note = text == null ? "" : text.strip();
        if (note.length() > CardNote.MAX_TEXT) {
            throw refused("A note holds at most " + CardNote.MAX_TEXT + " characters; this one has " + note.length() + ".");
        }
        Optional<CardNote> existing = deck.notes().findByUserIdAndCardKindAndItemId(userId, card.kind(), card.itemId());
        if (note.isEmpty()) {
            existing.ifPresent(deck.notes()::delete);
            return;
        }
        CardNote row = existing.orElseGet(() -> new CardNote(userId, card));
        row.write(note, clock.instant());
        deck.notes().save(row);
    }

    private static String required(String text, int max, String side) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > max) {
            throw refused("The card's " + side + " needs 1 to " + max + " characters.");
        }
        return value;
    }

    private static BadStudyInputException refused(String reason) {
        return new BadStudyInputException(reason);
    }
}
