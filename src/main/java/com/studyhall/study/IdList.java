package com.studyhall.study;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs a JPQL query whose {@code in (:ids)} list is written as a fixed number of single-valued
 * parameters ({@code :id0, …, :id15}, the last id repeated to fill them).
 * <p>
 * Hibernate does not keep the SQL translation of a query bound to a collection parameter: it
 * translates the query again on every call, which was a fifth of the course page's time and the
 * largest item in {@code /my} and {@code /review} (docs/benchmarks.md). A query with only
 * single-valued parameters is translated once per width. The width is the smallest of
 * {@link #WIDTHS} that holds every id, so a page sends one statement however many sections the
 * learner's courses have (a fixed slice of 16 made /my send two of each past 16 sections, which
 * LearnerPageQueriesTests caught); only past the largest width are the ids read in slices (so a
 * caller must not rely on the query's own order across slices).
 */
final class IdList {

    static final int[] WIDTHS = {16, 64, 256, 1024};
    private static final String[] PARAMETERS = java.util.Arrays.stream(WIDTHS).mapToObj(IdList::parameters).toArray(String[]::new);

    private IdList() {
    }

    private static String parameters(int width) {
        return IntStream.range(0, width).mapToObj(i -> ":id" + i).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The index in WIDTHS of the narrowest list that holds this many ids (the widest past it). */
    static int widthFor(int ids) {
        for (int i = 0; i < WIDTHS.length; i++) if (ids <= WIDTHS[i]) return i;
        return WIDTHS.length - 1;
    }

    /**
     * The rows of {@code jpql} (which names the list as {@code in (:ids)}) for these ids; {@code other}
     * binds the query's other parameters. No ids: no query, no rows.
     */
    static <T> List<T> read(EntityManager entities, String jpql, Class<T> type, Collection<Long> ids,
                            Consumer<TypedQuery<T>> other) {
        if (!jpql.contains("(:ids)")) {
            throw new IllegalArgumentException("The query names no (:ids) list: " + jpql);
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        int which = widthFor(distinct.size());
        int width = WIDTHS[which];
        String fixed = jpql.replace("(:ids)", PARAMETERS[which]);
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += width) {
            List<Long> slice = distinct.subList(from, Math.min(distinct.size(), from + width));
            TypedQuery<T> query = entities.createQuery(fixed, type);
            for (int i = 0; i < width; i++) {
                query.setParameter("id" + i, slice.get(Math.min(i, slice.size() - 1)));
            }
            other.accept(query);
            rows.addAll(query.getResultList());
        }
        return rows;
    }
}
