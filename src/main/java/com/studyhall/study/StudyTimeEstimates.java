package com.studyhall.study;

import com.studyhall.catalog.SectionFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How long a section takes, estimated from its content; the constants are the whole model (see
 * docs/catalog.md, "Time estimates"):
 * <ul>
 *   <li>text a learner reads (the medium summary, audiobook chapters, key concepts, examples,
 *   memory aids, lesson take-aways) at {@value #WORDS_READ_PER_MINUTE} words a minute, a common
 *   figure for adults reading non-fiction on screen;</li>
 *   <li>the classroom conversations, listened to or read aloud, at {@value #WORDS_SPOKEN_PER_MINUTE}
 *   words a minute, the pace of speech in audiobooks and lectures;</li>
 *   <li>{@value #SECONDS_PER_CARD} seconds per flashcard or glossary card for a first pass (read,
 *   recall, turn, grade);</li>
 *   <li>{@value #SECONDS_PER_QUESTION} seconds per question of the mock test's bank.</li>
 * </ul>
 * A word is a run of characters between spaces holding a letter or a digit, so Markdown marks do
 * not count. Estimates are kept {@value #KEPT_MINUTES} minutes per section, so a studio edit shows
 * after that at the latest.
 */
@Service
class StudyTimeEstimates implements SectionFacts {

    static final int WORDS_READ_PER_MINUTE = 230;
    static final int WORDS_SPOKEN_PER_MINUTE = 150;
    static final int SECONDS_PER_CARD = 15;
    static final int SECONDS_PER_QUESTION = 60;
    static final int KEPT_MINUTES = 5;

    private static final String TEXTS = """
            select section_id, 'R', medium from section_summary where section_id in (:ids)
            union all select section_id, 'R', key_statement || ' ' || explanation || ' ' || analogy
                from audiobook_chapter where section_id in (:ids) and trashed_at is null
            union all select section_id, 'R', term || ' ' || explanation
                from key_concept where section_id in (:ids) and trashed_at is null
            union all select section_id, 'R', title || ' ' || body
                from worked_example where section_id in (:ids) and trashed_at is null
            union all select section_id, 'R', text from memory_aid where section_id in (:ids) and trashed_at is null
            union all select section_id, 'R', key_takeaway from lesson_part where section_id in (:ids) and trashed_at is null
            union all select p.section_id, 'S', t.text from transcript_turn t join lesson_part p on p.id = t.lesson_part_id
                where p.section_id in (:ids) and p.trashed_at is null""";

    private record Kept(Facts facts, long at) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SectionSizes sizes;
    private final LongSupplier nanoClock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    StudyTimeEstimates(NamedParameterJdbcTemplate jdbc, SectionSizes sizes) {
        this.jdbc = jdbc;
        this.sizes = sizes;
        this.nanoClock = System::nanoTime;
    }

    @Override
    public Map<Long, Facts> of(Collection<Long> sectionIds) {
        long now = nanoClock.getAsLong();
        long ttl = Duration.ofMinutes(KEPT_MINUTES).toNanos();
        Map<Long, Facts> facts = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : sectionIds) {
            Kept k = kept.get(id);
            if (k != null && now - k.at() < ttl) {
                facts.put(id, k.facts());
            } else {
                missing.add(id);
            }
        }
        load(missing).forEach((id, loaded) -> {
            kept.put(id, new Kept(loaded, now));
            facts.put(id, loaded);
        });
        return facts;
    }

    private Map<Long, Facts> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> words = new HashMap<>();
        jdbc.query(TEXTS, Map.of("ids", ids), row -> {
            long[] readAndSpoken = words.computeIfAbsent(row.getLong(1), id -> new long[2]);
            readAndSpoken["S".equals(row.getString(2)) ? 1 : 0] += words(row.getString(3));
        });
        Map<Long, ContentCounts> counts = sizes.of(ids);
        Map<Long, Facts> facts = new HashMap<>();
        for (Long id : ids) {
            ContentCounts c = counts.getOrDefault(id, ContentCounts.NONE);
            long[] w = words.getOrDefault(id, new long[2]);
            facts.put(id, new Facts(formats(c), minutes(w[0], w[1], c.cards(), c.questions())));
        }
        return facts;
    }

    /** The estimate in whole minutes, rounded up: words read, words heard, cards and questions. */
    static int minutes(long wordsRead, long wordsSpoken, long cards, long questions) {
        double seconds = wordsRead * 60.0 / WORDS_READ_PER_MINUTE + wordsSpoken * 60.0 / WORDS_SPOKEN_PER_MINUTE
                + cards * SECONDS_PER_CARD + questions * SECONDS_PER_QUESTION;
        return (int) Math.ceil(seconds / 60);
    }

    static int words(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    static List<String> formats(ContentCounts c) {
        var formats = new ArrayList<String>();
        if (c.lessonParts() > 0) formats.add("Audio lessons");
        if (c.summary()) formats.add("Summary");
        if (c.chapters() > 0) formats.add("Audiobook");
        if (c.keyConcepts() > 0) formats.add("Key concepts");
        if (c.examples() > 0) formats.add("Examples");
        if (c.memoryAids() > 0) formats.add("Memory aids");
        if (c.flashcards() > 0) formats.add("Flashcards");
        if (c.glossaryTerms() > 0) formats.add("Glossary");
        if (c.questions() > 0) formats.add("Mock test");
        return List.copyOf(formats);
    }
}
