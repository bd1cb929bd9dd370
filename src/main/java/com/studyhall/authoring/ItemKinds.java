package com.studyhall.authoring;

import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.study.AudiobookChapter;
import com.studyhall.study.Flashcard;
import com.studyhall.study.GlossaryTerm;
import com.studyhall.study.KeyConcept;
import com.studyhall.study.MemoryAid;
import com.studyhall.study.MemoryAidKind;
import com.studyhall.study.StudyRepositories;
import com.studyhall.study.WorkedExample;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.studyhall.authoring.ItemKind.Field.line;
import static com.studyhall.authoring.ItemKind.Field.markdown;

/** The simple content kinds the generic item pages edit, by their path segment. */
@Component
class ItemKinds {

    private final Map<String, ItemKind<?>> byPath = new LinkedHashMap<>();

    ItemKinds(StudyRepositories content) {
        add(ItemKind.of("chapters", "Audiobook chapters", "chapter",
                List.of(line("title", "Title", 160), markdown("keyStatement", "Key statement", 2000),
                        markdown("explanation", "Explanation", 20000), markdown("analogy", "Real-life analogy", 8000)),
                content.chapters(),
                (s, n, v) -> new AudiobookChapter(s, n, v.get("title"), v.get("keyStatement"), v.get("explanation"), v.get("analogy")),
                (c, v) -> c.edit(v.get("title"), v.get("keyStatement"), v.get("explanation"), v.get("analogy")),
                c -> values("title", c.getTitle(), "keyStatement", c.getKeyStatement(),
                        "explanation", c.getExplanation(), "analogy", c.getAnalogy())));
        add(ItemKind.of("concepts", "Key concepts", "key concept",
                List.of(line("term", "Term", 160), line("explanation", "One-line explanation", 2000)),
                content.keyConcepts(),
                (s, n, v) -> new KeyConcept(s, n, v.get("term"), v.get("explanation")),
                (k, v) -> k.edit(v.get("term"), v.get("explanation")),
                k -> values("term", k.getTerm(), "explanation", k.getExplanation())));
        add(ItemKind.of("examples", "Examples", "example",
                List.of(line("title", "Title", 160), markdown("body", "Text", 20000),
                        line("scenarioTitle", "Lab scenario title", 160).optional(),
                        new ItemKind.Field("scenarioCode", "Lab scenario code (Python)", "code", 20000, false, List.of())),
                content.examples(),
                (s, n, v) -> new WorkedExample(s, n, v.get("title"), v.get("body"), blankToNull(v.get("scenarioTitle")),
                        blankToNull(v.get("scenarioCode"))),
                (e, v) -> e.edit(v.get("title"), v.get("body"), blankToNull(v.get("scenarioTitle")), blankToNull(v.get("scenarioCode"))),
                e -> values("title", e.getTitle(), "body", e.getBody(), "scenarioTitle", e.getScenarioTitle(),
                        "scenarioCode", e.getScenarioCode())));
        add(ItemKind.of("aids", "Memory aids", "memory aid",
                List.of(new ItemKind.Field("kind", "Kind", "choice", 20, true,
                                Arrays.stream(MemoryAidKind.values()).map(Enum::name).toList()),
                        markdown("text", "Text", 4000)),
                content.memoryAids(),
                (s, n, v) -> new MemoryAid(s, n, MemoryAidKind.valueOf(v.get("kind")), v.get("text")),
                (m, v) -> m.edit(MemoryAidKind.valueOf(v.get("kind")), v.get("text")),
                m -> values("kind", m.getKind().name(), "text", m.getText())));
        add(ItemKind.of("flashcards", "Flashcards", "flashcard",
                List.of(markdown("front", "Front", 2000), markdown("back", "Back", 4000)),
                content.flashcards(),
                (s, n, v) -> new Flashcard(s, n, v.get("front"), v.get("back")),
                (f, v) -> f.edit(v.get("front"), v.get("back")),
                f -> values("front", f.getFront(), "back", f.getBack())));
        add(ItemKind.of("glossary", "Glossary", "glossary term",
                List.of(line("term", "Term", 160), markdown("definition", "Definition", 4000)),
                content.glossary(),
                (s, n, v) -> new GlossaryTerm(s, n, v.get("term"), v.get("definition")),
                (g, v) -> g.edit(v.get("term"), v.get("definition")),
                g -> values("term", g.getTerm(), "definition", g.getDefinition())));
    }

    private void add(ItemKind<?> kind) {
        byPath.put(kind.path, kind);
    }

    ItemKind<?> get(String path) {
        ItemKind<?> kind = byPath.get(path);
        if (kind == null) {
            throw new CourseNotFoundException("Content kind " + path);
        }
        return kind;
    }

    List<ItemKind<?>> all() {
        return List.copyOf(byPath.values());
    }

    private static Map<String, String> values(String... namesAndValues) {
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
