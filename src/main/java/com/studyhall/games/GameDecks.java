package com.studyhall.games;

import com.studyhall.study.Flashcard;
import com.studyhall.study.GlossaryTerm;
import com.studyhall.study.SectionContents;
import com.studyhall.study.StudyRepositories;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The material of the memory match, quick-fire quiz and typing drill, read from a section's content. */
@Component
class GameDecks {

    static final int MEMORY_PAIRS = 6;
    static final int OPTIONS = 4;
    static final int TYPING_TEXT_CHARS = 280;
    static final int TYPING_CODE_LINES = 12;

    private final StudyRepositories content;
    private final EntityManager entities;
    /**
     * Each section's cards made from the content snapshot they were made of: turning every card's
     * Markdown into plain text on each memory-match page was a quarter of its time (docs/benchmarks.md).
     */
    private final Map<Long, CardsOf> cardsBySection = new ConcurrentHashMap<>();

    GameDecks(StudyRepositories content, EntityManager entities) {
        this.content = content;
        this.entities = entities;
    }

    /** Glossary terms first (their definitions are short), then flashcards. */
    @Transactional(readOnly = true)
    List<GameCard> sectionCards(long sectionId) {
        return cardsOf(content.glossary().findBySectionIdOrderByPosition(sectionId),
                content.flashcards().findBySectionIdOrderByPosition(sectionId));
    }

    /** A random set of pairs for the memory match, from the section's content as this reader sees it. */
    List<GameCard> memoryPairs(long sectionId, SectionContents contents) {
        CardsOf kept = cardsBySection.get(sectionId);
        if (kept == null || kept.contents() != contents) {
            kept = new CardsOf(contents, List.copyOf(cardsOf(contents.glossary(), contents.flashcards())));
            cardsBySection.put(sectionId, kept);
        }
        List<GameCard> cards = new ArrayList<>(kept.cards());
        Collections.shuffle(cards);
        return cards.subList(0, Math.min(MEMORY_PAIRS, cards.size()));
    }

    int memoryPairCount(long sectionId) {
        return Math.min(MEMORY_PAIRS, sectionCards(sectionId).size());
    }

    /** Each of the section's cards once, in random order, with three wrong answers from the rest of the course. */
    @Transactional(readOnly = true)
    List<QuizQuestion> quiz(long sectionId, long courseId) {
        List<GameCard> course = courseCards(courseId);
        List<GameCard> asked = new ArrayList<>(sectionCards(sectionId));
        Collections.shuffle(asked);
        List<QuizQuestion> questions = new ArrayList<>();
        for (GameCard card : asked) {
            List<GameCard> others = new ArrayList<>(course.stream()
                    .filter(c -> !c.key().equals(card.key()) && !c.back().equalsIgnoreCase(card.back())).toList());
            if (others.size() < OPTIONS - 1) {
                continue;
            }
            Collections.shuffle(others);
            List<GameCard> options = new ArrayList<>(distinctBacks(others, OPTIONS - 1));
            options.add(card);
            Collections.shuffle(options);
            questions.add(new QuizQuestion(card, options));
        }
        return questions;
    }

    /** The keys of every card of the course (a quiz option may come from any of its sections). */
    @Transactional(readOnly = true)
    Set<String> courseKeys(long courseId) {
        return courseCards(courseId).stream().map(GameCard::key).collect(Collectors.toSet());
    }

    /** The texts of the typing drill: each key concept's statement, then each example's code. */
    @Transactional(readOnly = true)
    List<TypingText> typingTexts(long sectionId) {
        List<TypingText> texts = new ArrayList<>();
        content.keyConcepts().findBySectionIdOrderByPosition(sectionId).forEach(k -> texts.add(
                new TypingText("concept-" + k.getId(), k.getTerm(), false, shortened(PlainText.of(k.getExplanation())))));
        content.examples().findBySectionIdOrderByPosition(sectionId).stream()
                .filter(e -> e.getScenarioCode() != null && !e.getScenarioCode().isBlank())
                .forEach(e -> texts.add(new TypingText("example-" + e.getId(), e.getTitle(), true, code(e.getScenarioCode()))));
        return texts;
    }

    Optional<TypingText> typingText(long sectionId, String key) {
        return typingTexts(sectionId).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private List<GameCard> courseCards(long courseId) {
        return cardsOf(
                entities.createQuery("select g from GlossaryTerm g where g.section.course.id = :id", GlossaryTerm.class)
                        .setParameter("id", courseId).getResultList(),
                entities.createQuery("select f from Flashcard f where f.section.course.id = :id", Flashcard.class)
                        .setParameter("id", courseId).getResultList());
    }

    /** Glossary terms first (their definitions are short), then flashcards: the one order every game uses. */
    private static List<GameCard> cardsOf(List<GlossaryTerm> glossary, List<Flashcard> flashcards) {
        List<GameCard> cards = new ArrayList<>(glossary.size() + flashcards.size());
        glossary.forEach(g -> cards.add(card(g)));
        flashcards.forEach(f -> cards.add(card(f)));
        return cards;
    }

    private static List<GameCard> distinctBacks(List<GameCard> cards, int count) {
        List<GameCard> chosen = new ArrayList<>();
        for (GameCard card : cards) {
            if (chosen.size() < count && chosen.stream().noneMatch(c -> c.back().equalsIgnoreCase(card.back()))) {
                chosen.add(card);
            }
        }
        return chosen;
    }

    /** A whole sentence or two: the first sentences that fit, so nobody types a page. */
    static String shortened(String text) {
        if (text.length() <= TYPING_TEXT_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(". ", TYPING_TEXT_CHARS);
        return end > 40 ? text.substring(0, end + 1) : text.substring(0, TYPING_TEXT_CHARS).strip();
    }

    /** The first lines of the code, its indentation kept and tabs turned into four spaces. */
    static String code(String code) {
        return code.replace("\t", "    ").lines().map(String::stripTrailing).dropWhile(String::isEmpty)
                .limit(TYPING_CODE_LINES).collect(Collectors.joining("\n")).stripTrailing();
    }

    private static GameCard card(GlossaryTerm term) {
        return new GameCard("glossary-" + term.getId(), PlainText.of(term.getTerm()), PlainText.of(term.getDefinition()));
    }

    private static GameCard card(Flashcard card) {
        return new GameCard("flashcard-" + card.getId(), PlainText.of(card.getFront()), PlainText.of(card.getBack()));
    }

    /** A card's front with four backs to choose from, one of them its own. */
    record QuizQuestion(GameCard card, List<GameCard> options) {
    }

    /** A text of the typing drill; code keeps its line breaks and indentation. */
    record TypingText(String key, String title, boolean code, String text) {
    }

    /** The cards made of one content snapshot. */
    private record CardsOf(SectionContents contents, List<GameCard> cards) {
    }
}
