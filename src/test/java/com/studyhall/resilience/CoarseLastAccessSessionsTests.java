package com.studyhall.resilience;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import org.springframework.transaction.support.TransactionOperations;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class CoarseLastAccessSessionsTests {

    final MapSessionRepository stored = new MapSessionRepository(new ConcurrentHashMap<>());
    final CoarseLastAccessSessions<MapSession> sessions = new CoarseLastAccessSessions<>(stored, Duration.ofMinutes(1),
            TransactionOperations.withoutTransaction());

    @Test
    void aLastAccessWithinTheGranularityLeavesTheStoredTimeAlone() {
        CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.createSession();
        Instant first = session.getLastAccessedTime();

        session.setLastAccessedTime(first.plusSeconds(59));

        assertThat(session.getLastAccessedTime()).isEqualTo(first);
    }

    @Test
    void aLastAccessAGranularityLaterMovesTheStoredTimeAndIsSaved() {
        CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.createSession();
        Instant later = session.getLastAccessedTime().plusSeconds(60);

        session.setLastAccessedTime(later);
        sessions.save(session);

        assertThat(stored.findById(session.getId()).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void attributesAndIdsPassThroughToTheStoredSession() {
        CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.createSession();
        session.setAttribute("notice", "Saved.");
        String oldId = session.getId();
        String newId = session.changeSessionId();
        sessions.save(session);

        assertThat(newId).isNotEqualTo(oldId);
        assertThat(sessions.findById(newId).<String>getAttribute("notice")).isEqualTo("Saved.");
        sessions.deleteById(newId);
        assertThat(sessions.findById(newId)).isNull();
    }
}
