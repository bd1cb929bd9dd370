package com.studyhall.catalog.search;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseCard;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.ExpiringSnapshot;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Search over what a visitor can read before enrolling: course titles, taglines, descriptions and
 * categories, section titles and overviews, key concepts, glossary terms and instructor names.
 *
 * <p>The index is built from the database when first needed and kept for {@code app.catalog.cache-ttl}
 * (5 s by default), like the catalog itself; a course, section or category saved on this node drops
 * it at once (see {@code CatalogChanges}). Its size is the published text of the site: a few hundred
 * kilobytes for the demo courses.
 */
@Service
public class CourseSearch {

    private final CourseRepository courses;
    private final SectionRepository sections;
    private final List<SectionTexts> sectionTexts;
    private final TransactionTemplate readOnly;
    private final ExpiringSnapshot<SearchIndex> index;

    CourseSearch(CourseRepository courses, SectionRepository sections, List<SectionTexts> sectionTexts,
                 PlatformTransactionManager transactions, @Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.courses = courses;
        this.sections = sections;
        this.sectionTexts = List.copyOf(sectionTexts);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.index = new ExpiringSnapshot<>(ttl, System::nanoTime);
    }

    /** The published courses matching every word of the query, best first. */
    public List<CourseHit> search(String query) {
        return index.get(() -> readOnly.execute(status -> build())).search(Words.ofQuery(query));
    }

    /** Forgets the index: the next search reads the catalog again. */
    public void invalidate() {
        index.invalidate();
    }

    private SearchIndex build() {
        Map<Long, List<SectionTexts.SectionText>> textsBySection = sectionTexts.stream()
                .flatMap(source -> source.published().stream())
                .collect(Collectors.groupingBy(SectionTexts.SectionText::sectionId));
        var documents = new ArrayList<SearchIndex.Document>();
        for (Course course : courses.findPublished()) {
            List<Section> published = sections.findByCourseIdOrderByPosition(course.getId()).stream()
                    .filter(Section::isPublished).toList();
            documents.add(document(course, published, textsBySection));
        }
        return new SearchIndex(documents);
    }

    private static SearchIndex.Document document(Course course, List<Section> published,
                                                 Map<Long, List<SectionTexts.SectionText>> textsBySection) {
        String coursePath = "/courses/" + course.getSlug();
        var fields = new ArrayList<SearchIndex.Field>();
        // The first two fields are the title and the tagline: the result card shows them marked.
        fields.add(new SearchIndex.Field(SearchIndex.Kind.TITLE, "Title", course.getTitle(), coursePath));
        fields.add(new SearchIndex.Field(SearchIndex.Kind.TAGLINE, "Tagline", course.getTagline(), coursePath));
        fields.add(new SearchIndex.Field(SearchIndex.Kind.CATEGORY, "Category", course.getCategory().getName(), coursePath));
        fields.add(new SearchIndex.Field(SearchIndex.Kind.INSTRUCTOR, "Instructor",
                course.getOwner().getDisplayName(), coursePath));
        fields.add(new SearchIndex.Field(SearchIndex.Kind.DESCRIPTION, "About the course", course.getDescription(), coursePath));
        for (int i = 0; i < published.size(); i++) {
            Section section = published.get(i);
            String sectionPath = coursePath + "/" + section.getSlug();
            String where = "Section " + (i + 1);
            fields.add(new SearchIndex.Field(SearchIndex.Kind.SECTION, where, section.getTitle(), sectionPath));
            fields.add(new SearchIndex.Field(SearchIndex.Kind.SECTION_OVERVIEW, where + " · " + section.getTitle(),
                    section.getOverview(), sectionPath));
            for (SectionTexts.SectionText text : textsBySection.getOrDefault(section.getId(), List.of())) {
                String label = text.kind() + " · " + section.getTitle();
                fields.add(new SearchIndex.Field(SearchIndex.Kind.TERM, label, text.term(), sectionPath));
                fields.add(new SearchIndex.Field(SearchIndex.Kind.EXPLANATION, label + " · " + text.term(),
                        text.explanation(), sectionPath));
            }
        }
        return new SearchIndex.Document(CourseCard.of(course, published.size()), fields);
    }
}
