package com.studyhall.games;

import com.studyhall.study.WorkedExample;
import com.studyhall.study.WorkedExampleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refcount sprint: deals programs (the section's short lab scenarios, then patterns with fresh
 * names) and grades every answer against the engine's trace, so a score cannot be made up.
 */
@Service
class RefcountSprint {

    static final int PROGRAMS = 3;
    static final int MAX_SCENARIO_LINES = 16;
    static final int POINTS = 10;
    static final int MAX_STREAK_BONUS = 5;

    private static final Pattern TEMPLATE_KEY = Pattern.compile("t(\\d)-(\\d{1,18})");
    private static final Pattern EXAMPLE_KEY = Pattern.compile("example-(\\d{1,18})");

    private final RefcountOracle engine;
    private final WorkedExampleRepository examples;
    private final Map<String, Optional<SprintProgram>> walked = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<SprintProgram>> eldest) {
            return size() > 256;
        }
    });

    RefcountSprint(RefcountOracle engine, WorkedExampleRepository examples) {
        this.engine = engine;
        this.examples = examples;
    }

    /** The programs of a new sprint: at most one scenario of the section, then patterns. */
    @Transactional(readOnly = true)
    List<SprintProgram> deal(long sectionId) {
        List<SprintProgram> dealt = new ArrayList<>();
        List<WorkedExample> scenarios = new ArrayList<>(examples.findBySectionIdOrderByPosition(sectionId));
        Collections.shuffle(scenarios);
        scenarios.stream().map(e -> program(sectionId, "example-" + e.getId())).flatMap(Optional::stream)
                .filter(p -> p.questions().size() >= 2).findFirst().ifPresent(dealt::add);
        List<Integer> patterns = new ArrayList<>();
        for (int i = 0; i < SprintTemplates.count(); i++) {
            patterns.add(i);
        }
        Collections.shuffle(patterns);
        for (int pattern : patterns) {
            if (dealt.size() >= PROGRAMS) {
                break;
            }
            program(sectionId, "t" + pattern + "-" + ThreadLocalRandom.current().nextLong(1, 1_000_000_000L))
                    .filter(p -> !p.questions().isEmpty()).ifPresent(dealt::add);
        }
        return dealt;
    }

    /** Grades one answer; unknown programs or steps and unreadable answers are refused. */
    @Transactional(readOnly = true)
    Verdict grade(long sectionId, Answer answer) {
        SprintProgram program = program(sectionId, answer.program())
                .orElseThrow(() -> new ImpossibleResultException("No program " + answer.program() + " in this section's sprint."));
        SprintQuestion question = program.questions().stream().filter(q -> q.step() == answer.step()).findFirst()
                .orElseThrow(() -> new ImpossibleResultException("Program " + answer.program() + " asks nothing at step " + answer.step() + "."));
        boolean correct = normalized(question, answer.answer()).equals(question.expected());
        return new Verdict(correct, question.expected(), question.explanation(), engine.labLink(program.code(), question.step()));
    }

    /** Grades a whole sprint: ten points per right answer plus the streak so far (up to five). */
    @Transactional(readOnly = true)
    GameScore score(long sectionId, List<Answer> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new ImpossibleResultException("A sprint result needs at least one answer.");
        }
        Set<String> seen = new HashSet<>();
        int points = 0;
        int streak = 0;
        int longest = 0;
        for (Answer answer : answers) {
            if (!seen.add(answer.program() + "@" + answer.step())) {
                throw new ImpossibleResultException("Step " + answer.step() + " of " + answer.program() + " is answered twice.");
            }
            streak = grade(sectionId, answer).correct() ? streak + 1 : 0;
            longest = Math.max(longest, streak);
            points += streak == 0 ? 0 : POINTS + Math.min(streak - 1, MAX_STREAK_BONUS);
        }
        return new GameScore(points, longest);
    }

    private Optional<SprintProgram> program(long sectionId, String key) {
        return source(sectionId, key).flatMap(source -> walked.computeIfAbsent(key + "\n" + source.code(),
                k -> engine.walk(source.code()).map(lines -> new SprintProgram(key, source.title(), source.code(),
                        SprintQuestion.from(lines)))));
    }

    private Optional<SprintProgram> source(long sectionId, String key) {
        Matcher template = TEMPLATE_KEY.matcher(key == null ? "" : key);
        if (template.matches()) {
            int index = Integer.parseInt(template.group(1));
            return index < SprintTemplates.count()
                    ? Optional.of(new SprintProgram(key, "Pattern " + (index + 1),
                    SprintTemplates.program(index, Long.parseLong(template.group(2))), List.of()))
                    : Optional.empty();
        }
        Matcher example = EXAMPLE_KEY.matcher(key == null ? "" : key);
        if (!example.matches()) {
            return Optional.empty();
        }
        return examples.findById(Long.parseLong(example.group(1)))
                .filter(e -> e.getSection().getId() == sectionId && e.getScenarioCode() != null)
                .filter(e -> e.getScenarioCode().lines().count() <= MAX_SCENARIO_LINES)
                .map(e -> new SprintProgram(key, e.getScenarioTitle() == null ? e.getTitle() : e.getScenarioTitle(),
                        e.getScenarioCode().stripTrailing() + "\n", List.of()));
    }

    private static String normalized(SprintQuestion question, String answer) {
        String text = answer == null ? "" : answer.trim().toLowerCase(java.util.Locale.ROOT);
        if (question.asksFreed()) {
            if (!text.equals(SprintQuestion.FREED) && !text.equals(SprintQuestion.ALIVE)) {
                throw new ImpossibleResultException("Answer \"freed\" or \"alive\" to a freed question.");
            }
            return text;
        }
        if (!text.matches("\\d{1,4}")) {
            throw new ImpossibleResultException("A reference count is a whole number from 0 to 9999.");
        }
        return String.valueOf(Integer.parseInt(text));
    }

    /** One answer: which program, which trace step, and what the learner said. */
    record Answer(String program, int step, String answer) {
    }

    /** The engine's grade of one answer, with the step to open in the lab. */
    record Verdict(boolean correct, String expected, String explanation, String labLink) {
    }
}
