package com.studyhall.accounts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moves a learner's rows version whenever a transaction writes one of their {@link LearnerOwned}
 * rows, in that transaction, so every node sees the change with the account on the learner's next
 * request. Hibernate tells it of each inserted, updated and deleted entity; a bulk statement, which
 * Hibernate does not report, says so itself through {@link #changed}.
 *
 * <p>The versions move once per learner and transaction, just before it commits (after Hibernate's
 * last flush), on the transaction's own connection. After a commit this node drops its copy at once,
 * and forgets the version the account filter read for the request, so a page drawn later in the same
 * request reads the rows again.
 */
@Component
public class LearnerRowsChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        SmartInitializingSingleton {

    private static final String BUMP = "update app_user set learner_rows_version = learner_rows_version + 1 where id = ?";

    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();
    private final LearnerRowsSnapshots snapshots;
    private final EntityManager entities;
    private final EntityManagerFactory factory;

    LearnerRowsChanges(EntityManagerFactory factory, LearnerRowsSnapshots snapshots, EntityManager entities) {
        this.factory = factory;
        this.snapshots = snapshots;
        this.entities = entities;
    }

    /**
     * Joins Hibernate's listeners once every bean exists, before the server takes requests or the
     * demo data is written. Not in the constructor: Hibernate may still be starting on another
     * thread (spring.data.jpa.repositories.bootstrap-mode=deferred), and that thread needs the bean
     * factory this constructor would hold while it waited.
     */
    @Override
    public void afterSingletonsInstantiated() {
        var listeners = factory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
    }

    /** For a bulk statement on a learner's rows, inside the transaction that runs it. */
    public void changed(long learnerId) {
        changed(entities.unwrap(SharedSessionContractImplementor.class), learnerId);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void changed(SharedSessionContractImplementor session, Object entity) {
        if (entity instanceof LearnerOwned row) {
            changed(session, row.learnerId());
        }
    }

    private void changed(SharedSessionContractImplementor session, long learnerId) {
        pending.computeIfAbsent(session, this::register).learners.add(learnerId);
    }

    private Pending register(SharedSessionContractImplementor session) {
        Pending bumps = new Pending(session);
        TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
        callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) bumps::bump);
        callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) bumps::done);
        return bumps;
    }

    /** The learners one session's transaction wrote rows of. */
    private final class Pending {

        private final SharedSessionContractImplementor session;
        private final Set<Long> learners = ConcurrentHashMap.newKeySet();

        Pending(SharedSessionContractImplementor session) {
            this.session = session;
        }

        void bump(SharedSessionContractImplementor completing) {
            var connection = completing.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
            try (PreparedStatement update = connection.prepareStatement(BUMP)) {
                // In id order, so two transactions bumping the same learners cannot deadlock.
                for (long learner : new TreeSet<>(learners)) {
                    update.setLong(1, learner);
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record a change of learners " + learners, e);
            }
        }

        void done(boolean committed, SharedSessionContractImplementor completed) {
            pending.remove(session);
            if (committed) {
                learners.forEach(snapshots::forget);
                forgetStatusOfThisRequest();
            }
        }

        private void forgetStatusOfThisRequest() {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null && request.getAttribute(AccountStatus.OF_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST)
                    instanceof AccountStatus status && learners.contains(status.userId())) {
                request.removeAttribute(AccountStatus.OF_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
            }
        }
    }
}
