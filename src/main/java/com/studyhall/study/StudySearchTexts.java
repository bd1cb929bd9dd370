package com.studyhall.study;

import com.studyhall.catalog.search.SectionTexts;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Stream;

/** Key concepts and glossary terms of published sections, for the catalog's search. */
@Component
class StudySearchTexts implements SectionTexts {

    private final KeyConceptRepository keyConcepts;
    private final GlossaryTermRepository glossary;

    StudySearchTexts(KeyConceptRepository keyConcepts, GlossaryTermRepository glossary) {
        this.keyConcepts = keyConcepts;
        this.glossary = glossary;
    }

    @Override
    public List<SectionText> published() {
        return Stream.concat(
                keyConcepts.findPublished().stream().map(concept -> new SectionText(concept.getSection().getId(),
                        "Key concept", concept.getTerm(), concept.getExplanation())),
                glossary.findPublished().stream().map(term -> new SectionText(term.getSection().getId(),
                        "Glossary", term.getTerm(), term.getDefinition()))).toList();
    }
}
