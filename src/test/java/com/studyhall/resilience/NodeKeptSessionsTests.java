package com.studyhall.resilience;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class NodeKeptSessionsTests {

    /** The database's sessions, counting the reads that reach it. */
    static final class CountingStore implements SessionRepository<MapSession> {
        final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        int reads;
        Runnable duringRead = () -> { };

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession found = sessions.findById(id);
            duringRead.run();
            return found;
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }
    }

    /** A channel whose listening can be switched off, recording what this node announced. */
    static final class Channel implements ChangeNotices {
        boolean listening = true;
        final List<String> announced = new ArrayList<>();
        Consumer<String> changed;
        Runnable lost;

        @Override
        public boolean listening() {
            return listening;
        }

        @Override
        public void announce(String... sessionIds) {
            announced.addAll(List.of(sessionIds));
        }

        @Override
        public void deliverTo(Consumer<String> changed, Runnable lost) {
            this.changed = changed;
            this.lost = lost;
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingStore store = new CountingStore();
    final Channel channel = new Channel();
    final MovableClock clock = new MovableClock();
    final NodeKeptSessions<MapSession> sessions = new NodeKeptSessions<>(store, channel, Duration.ofMinutes(1),
            Duration.ofMinutes(1), 100, clock);

    /** A signed-in session as the database holds it, its last access now. */
    String storedSession(Object attribute) {
        MapSession session = store.createSession();
        session.setLastAccessedTime(clock.now);
        session.setAttribute("context", attribute);
        store.save(session);
        return session.getId();
    }

    @Test
    void pageViewsAfterTheFirstReadTheSessionFromTheNodeNotTheDatabase() {
        String id = storedSession(new ArrayList<>(List.of("LEARNER")));

        for (int view = 0; view < 5; view++) {
            var session = sessions.findById(id);
            assertThat(session.<List<String>>getAttribute("context")).containsExactly("LEARNER");
            session.setLastAccessedTime(clock.now.plusSeconds(view));
            sessions.save(session);
        }

        assertThat(store.reads).isEqualTo(1);
        assertThat(channel.announced).as("reading is no change").isEmpty();
    }

    @Test
    void eachRequestGetsItsOwnAttributeObjectsSoAnInPlaceChangeStaysInItsRequest() {
        String id = storedSession(new ArrayList<>(List.of("LEARNER")));
        sessions.findById(id);

        List<String> first = sessions.findById(id).getAttribute("context");
        first.clear(); // as a sign-out clears the security context it was given
        List<String> second = sessions.findById(id).getAttribute("context");

        assertThat(second).containsExactly("LEARNER");
        assertThat(first).isNotSameAs(second);
    }

    @Test
    void aChangeIsWrittenToTheDatabaseAnnouncedAndTheNextRequestReadsItAgain() {
        String id = storedSession("before");
        sessions.findById(id);
        var kept = sessions.findById(id);
        assertThat(store.reads).isEqualTo(1);

        kept.setAttribute("context", "after");
        sessions.save(kept);

        assertThat(store.sessions.findById(id).<String>getAttribute("context")).isEqualTo("after");
        assertThat(channel.announced).containsExactly(id);
        assertThat(sessions.findById(id).<String>getAttribute("context")).isEqualTo("after");
        assertThat(store.reads).as("the change loaded the stored session; the next request read it again").isEqualTo(3);
    }

    @Test
    void anotherNodesAnnouncementDropsTheCopy() {
        String id = storedSession("before");
        sessions.findById(id);
        MapSession elsewhere = store.sessions.findById(id);
        elsewhere.setAttribute("context", "changed on the other node");
        store.save(elsewhere);

        channel.changed.accept(id);

        assertThat(sessions.findById(id).<String>getAttribute("context")).isEqualTo("changed on the other node");
    }

    @Test
    void aSessionRemovedOnAnotherNodeIsGoneHereAtItsAnnouncement() {
        String id = storedSession("signed in");
        sessions.findById(id);

        store.deleteById(id);
        channel.changed.accept(id);

        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void nothingIsKeptWhileTheNodeCannotHearAnnouncements() {
        String id = storedSession("x");
        channel.listening = false;

        sessions.findById(id);
        sessions.findById(id);

        assertThat(store.reads).isEqualTo(2);
        assertThat(sessions.keptCount()).isZero();
    }

    @Test
    void copiesKeptBeforeTheChannelWasLostAreNotServedAfterIt() {
        String id = storedSession("x");
        sessions.findById(id);

        channel.lost.run();
        sessions.findById(id);

        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void aReadThatRacedWithAnAnnouncementDoesNotKeepWhatItRead() {
        String id = storedSession("read before the change");
        store.duringRead = () -> channel.changed.accept(id);

        sessions.findById(id);
        store.duringRead = () -> { };
        sessions.findById(id);

        assertThat(store.reads).as("the first read's copy was not kept").isEqualTo(2);
    }

    @Test
    void aCopyIsReadAgainOnceItIsOlderThanItsFreshness() {
        String id = storedSession("x");
        sessions.findById(id);

        clock.now = clock.now.plusSeconds(61);
        sessions.findById(id);

        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void anExpiredSessionIsNotServedFromItsCopy() {
        MapSession session = store.createSession();
        session.setLastAccessedTime(clock.now);
        session.setMaxInactiveInterval(Duration.ofSeconds(30));
        store.save(session);
        sessions.findById(session.getId());

        clock.now = clock.now.plusSeconds(31);
        sessions.findById(session.getId());

        assertThat(store.reads).as("the database decides (it removes an expired session)").isEqualTo(2);
    }

    @Test
    void aNewIdAtSignInAnnouncesTheOldAndTheNewId() {
        String id = storedSession("anonymous");
        sessions.findById(id);
        var kept = sessions.findById(id);

        String newId = kept.changeSessionId();
        kept.setAttribute("context", "signed in");
        sessions.save(kept);

        assertThat(channel.announced).containsExactly(id, newId);
        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findById(newId).<String>getAttribute("context")).isEqualTo("signed in");
    }

    @Test
    void aLastAccessDueToMoveIsWrittenOtherwiseNothingIs() {
        String id = storedSession("x");
        sessions.findById(id);

        var withinAMinute = sessions.findById(id);
        withinAMinute.setLastAccessedTime(clock.now.plusSeconds(59));
        sessions.save(withinAMinute);
        var aMinuteLater = sessions.findById(id);
        aMinuteLater.setLastAccessedTime(clock.now.plusSeconds(60));
        sessions.save(aMinuteLater);

        assertThat(store.sessions.findById(id).getLastAccessedTime()).isEqualTo(clock.now.plusSeconds(60));
        assertThat(channel.announced).containsExactly(id);
    }

    @Test
    void aChangeToASessionRemovedMeanwhileDoesNotBringItBack() {
        String id = storedSession("x");
        sessions.findById(id);
        var kept = sessions.findById(id);
        store.deleteById(id); // on another node, its announcement not here yet

        kept.setAttribute("context", "late");
        sessions.save(kept);

        assertThat(store.sessions.findById(id)).isNull();
        assertThat(kept.<String>getAttribute("context")).as("this request still sees its own change").isEqualTo("late");
    }

    @Test
    void aRemovalIsAnnounced() {
        String id = storedSession("x");
        sessions.findById(id);

        sessions.deleteById(id);

        assertThat(channel.announced).containsExactly(id);
        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void aNewSessionIsWrittenAndNeedsNoAnnouncement() {
        var created = sessions.createSession();
        created.setAttribute("context", "new");
        sessions.save(created);

        assertThat(store.sessions.findById(created.getId())).isNotNull();
        assertThat(channel.announced).isEmpty();
    }
}
