package com.studyhall.authoring;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import com.studyhall.catalog.SectionItemRepository;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One kind of simple section content (chapters, key concepts, examples, memory aids, flashcards,
 * glossary terms): its fields, and how its entity is created, changed and read as field values.
 * The generic studio pages edit every kind through this description.
 */
abstract class ItemKind<E extends SectionItem> {

    /** One field of the form. Kinds: line, markdown, code, choice. */
    public record Field(String name, String label, String kind, int maxLength, boolean required, List<String> choices) {

        static Field line(String name, String label, int max) {
            return new Field(name, label, "line", max, true, List.of());
        }

        static Field markdown(String name, String label, int max) {
            return new Field(name, label, "markdown", max, true, List.of());
        }

        Field optional() {
            return new Field(name, label, kind, maxLength, false, choices);
        }
    }

    final String path;
    final String plural;
    final String singular;
    final List<Field> fields;

    ItemKind(String path, String plural, String singular, List<Field> fields) {
        this.path = path;
        this.plural = plural;
        this.singular = singular;
        this.fields = fields;
    }

    /** What templates need to know of the kind. */
    public record View(String path, String plural, String singular, List<Field> fields) {
    }

    View view() {
        return new View(path, plural, singular, fields);
    }

    abstract SectionItemRepository<E> repository();

    abstract E create(Section section, int position, Map<String, String> values);

    abstract void apply(E item, Map<String, String> values);

    abstract Map<String, String> read(E item);

    /** The line that names an item in lists and history. */
    String headline(E item) {
        String first = read(item).get(fields.get(0).name());
        return first.length() > 80 ? first.substring(0, 79) + "…" : first;
    }

    /** A field's label, for conflict pages; the name itself for a key that is no field of the kind. */
    String label(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).map(Field::label).findFirst().orElse(name);
    }

    static <E extends SectionItem> ItemKind<E> of(String path, String plural, String singular, List<Field> fields,
                                                  SectionItemRepository<E> repository,
                                                  Creator<E> creator, Editing<E> editing,
                                                  Function<E, Map<String, String>> reader) {
        return new ItemKind<>(path, plural, singular, fields) {
            @Override
            SectionItemRepository<E> repository() {
                return repository;
            }

            @Override
            E create(Section section, int position, Map<String, String> values) {
                return creator.create(section, position, values);
            }

            @Override
            void apply(E item, Map<String, String> values) {
                editing.apply(item, values);
            }

            @Override
            Map<String, String> read(E item) {
                return reader.apply(item);
            }
        };
    }

    interface Creator<E> {
        E create(Section section, int position, Map<String, String> values);
    }

    interface Editing<E> {
        void apply(E item, Map<String, String> values);
    }
}
