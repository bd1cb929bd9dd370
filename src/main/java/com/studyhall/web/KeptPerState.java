package com.studyhall.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders of a page part that shows one reader's state (marks, progress), kept per state: readers
 * in the same state share one render. A render belongs to one {@code source}, the snapshot of
 * published content it shows; when the snapshot is read again after a change it is a new object
 * and the part is rendered again. The key must have value equality and hold everything the part
 * reads but the source. At most {@code most} renders are kept, the least recently used going first,
 * so the many states of many readers cannot grow without bound.
 */
public final class KeptPerState<K> {

    /** The source of renders whose key holds everything they read (they belong to no snapshot). */
    public static final Object NO_SNAPSHOT = new Object();

    private final Map<K, Kept> kept;

    public KeptPerState(int most) {
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept> eldest) {
                return size() > most;
            }
        };
    }

    /** The kept render for this state of this source, rendered now if there is none. */
    public HtmlWithHoles get(K key, Object source, Supplier<HtmlWithHoles> render) {
        Kept found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.source() == source) {
            return found.html();
        }
        HtmlWithHoles html = render.get();
        synchronized (kept) {
            kept.put(key, new Kept(source, html));
        }
        return html;
    }

    private record Kept(Object source, HtmlWithHoles html) {
    }
}
