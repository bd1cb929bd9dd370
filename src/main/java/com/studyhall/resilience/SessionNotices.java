package com.studyhall.resilience;

/**
 * The nodes' channel for "this session changed": a node announces every session it writes or removes,
 * and hears the others' announcements while it listens. {@link NodeKeptSessions} serves a session from
 * its own memory only while {@link #listening()}, since only then can it hear that the copy is stale.
 */
interface SessionNotices extends AutoCloseable {

    /** Whether announcements are being received now (not merely whether they were once). */
    boolean listening();

    /** Tells every node, this one included, that these sessions changed; after the change is committed. */
    void announce(String... sessionIds);

    /** Where announcements go: {@code changed} per session id, {@code lost} when some may have been missed. */
    void deliverTo(java.util.function.Consumer<String> changed, Runnable lost);

    /** Stops listening (the application is stopping). */
    @Override
    default void close() {
    }

    /** For a database without a channel: never listening, so every read goes to the database. */
    SessionNotices NONE = new SessionNotices() {
        @Override
        public boolean listening() {
            return false;
        }

        @Override
        public void announce(String... sessionIds) {
        }

        @Override
        public void deliverTo(java.util.function.Consumer<String> changed, Runnable lost) {
        }
    };
}
