package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.QuestionBundle;
import com.studyhall.authoring.CourseBundle.SectionBundle;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every program a section ships: each example's lab scenario, each predict-the-output
 * question, and each Markdown block fenced as {@code python} in any text of the section. A
 * program's stated output is the {@code output}-fenced block that follows it in the same text
 * (for a scenario: the first {@code output} block of its example's body), or, for a numeric
 * question, its numeric answer as the last printed line.
 */
final class ContentPrograms {

    /** One program, named so that a line of content-cpython-only.txt can point at it. */
    record Program(String section, String item, String code, String statedOutput, Double statedLastNumber,
                   boolean predictQuestion) {
        String key() {
            return section + " | " + item;
        }
    }

    /** A fenced block of Markdown: its info string and its text. */
    record Fence(String info, String text) {
    }

    private ContentPrograms() {
    }

    static List<Program> of(SectionBundle section) {
        var programs = new ArrayList<Program>();
        String slug = section.slug();
        for (int p = 0; p < section.lessonParts().size(); p++) {
            var part = section.lessonParts().get(p);
            addFenced(programs, slug, "lesson part " + (p + 1) + " takeaway", part.keyTakeaway());
            for (int t = 0; t < part.turns().size(); t++) {
                addFenced(programs, slug, "lesson part " + (p + 1) + " turn " + (t + 1), part.turns().get(t).text());
            }
        }
        if (section.summary() != null) {
            addFenced(programs, slug, "summary basic", section.summary().basic());
            addFenced(programs, slug, "summary medium", section.summary().medium());
            addFenced(programs, slug, "summary detailed", section.summary().detailed());
        }
        for (int c = 0; c < section.chapters().size(); c++) {
            var chapter = section.chapters().get(c);
            addFenced(programs, slug, "chapter " + (c + 1) + " key statement", chapter.keyStatement());
            addFenced(programs, slug, "chapter " + (c + 1) + " explanation", chapter.explanation());
            addFenced(programs, slug, "chapter " + (c + 1) + " analogy", chapter.analogy());
        }
        for (int k = 0; k < section.keyConcepts().size(); k++) {
            addFenced(programs, slug, "key concept " + (k + 1), section.keyConcepts().get(k).explanation());
        }
        for (int e = 0; e < section.examples().size(); e++) {
            var example = section.examples().get(e);
            String item = "example " + (e + 1);
            if (example.scenario() != null && example.scenario().code() != null) {
                String stated = fences(example.body()).stream().filter(f -> f.info().equals("output"))
                        .map(Fence::text).findFirst().orElse(null);
                programs.add(new Program(slug, item, example.scenario().code(), stated, null, false));
            }
            addFenced(programs, slug, item + " body", example.body());
        }
        for (int m = 0; m < section.memoryAids().size(); m++) {
            addFenced(programs, slug, "memory aid " + (m + 1), section.memoryAids().get(m).text());
        }
        for (int f = 0; f < section.flashcards().size(); f++) {
            addFenced(programs, slug, "flashcard " + (f + 1) + " front", section.flashcards().get(f).front());
            addFenced(programs, slug, "flashcard " + (f + 1) + " back", section.flashcards().get(f).back());
        }
        for (int g = 0; g < section.glossary().size(); g++) {
            addFenced(programs, slug, "glossary " + (g + 1), section.glossary().get(g).definition());
        }
        if (section.test() != null) {
            List<QuestionBundle> questions = section.test().questions();
            for (int q = 0; q < questions.size(); q++) {
                addQuestion(programs, slug, "question " + (q + 1), questions.get(q));
            }
        }
        return programs;
    }

    private static void addQuestion(List<Program> programs, String slug, String item, QuestionBundle question) {
        if (question.type() == QuestionType.PREDICT_OUTPUT) {
            programs.add(new Program(slug, item, question.code(), null, null, true));
        }
        List<Fence> prompt = fences(question.prompt());
        boolean numericWithOneProgram = question.type() == QuestionType.NUMERIC
                && prompt.stream().filter(f -> f.info().equals("python")).count() == 1;
        if (numericWithOneProgram) {
            String code = prompt.stream().filter(f -> f.info().equals("python")).findFirst().orElseThrow().text();
            programs.add(new Program(slug, item + " prompt #1", code, null, question.numericAnswer(), false));
        } else {
            addFenced(programs, slug, item + " prompt", question.prompt());
        }
        addFenced(programs, slug, item + " explanation", question.explanation());
        if (question.options() != null) {
            for (int o = 0; o < question.options().size(); o++) {
                addFenced(programs, slug, item + " option " + (o + 1), question.options().get(o).text());
            }
        }
    }

    private static void addFenced(List<Program> programs, String slug, String where, String markdown) {
        List<Fence> blocks = fences(markdown);
        int number = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).info().equals("python")) {
                continue;
            }
            number++;
            boolean outputFollows = i + 1 < blocks.size() && blocks.get(i + 1).info().equals("output");
            programs.add(new Program(slug, where + " #" + number, blocks.get(i).text(),
                    outputFollows ? blocks.get(i + 1).text() : null, null, false));
        }
    }

    /** The fenced blocks of a Markdown text, in order, with the fence's indentation removed. */
    static List<Fence> fences(String markdown) {
        var found = new ArrayList<Fence>();
        if (markdown == null) {
            return found;
        }
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String opening = lines[i].stripLeading();
            if (!opening.startsWith("```")) {
                continue;
            }
            int indent = lines[i].length() - opening.length();
            String info = opening.substring(3).strip().toLowerCase();
            var text = new StringBuilder();
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals("```")) {
                String line = lines[j];
                text.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.stripLeading())
                        .append('\n');
                j++;
            }
            found.add(new Fence(info, text.toString()));
            i = j;
        }
        return found;
    }
}
