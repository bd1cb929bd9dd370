package com.studyhall.audit;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.Locale;

/**
 * Writes and reads the audit log. Who acted and from where are taken from the request being
 * served (the signed-in user, the client address as the forwarded-headers setting resolves it),
 * so a caller only says what happened.
 */
@Service
public class AuditLog {

    static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event by the signed-in user (or nobody) about {@code subject}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditKind kind, String subject, String detail) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof StudyhallUser user) {
            recordBy(kind, user.getId(), user.getUsername(), subject, detail);
        } else {
            recordBy(kind, null, null, subject, detail);
        }
    }

    /** Records an event by a named actor, for sign-ins, where the security context is not yet set. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordBy(AuditKind kind, Long actorId, String actor, String subject, String detail) {
        events.save(new AuditEvent(clock.instant(), kind, actorId, actor, subject, clientAddress(), detail));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditKind kind, String text, int page) {
        return events.search(kind, like(text), PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    /** The newest matching events, at most {@code limit}, for the CSV export. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> newest(AuditKind kind, String text, int limit) {
        return events.search(kind, like(text), PageRequest.of(0, limit)).getContent();
    }

    /** Events of these kinds about {@code subject} whose detail starts with {@code detailPrefix}, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> about(java.util.Collection<AuditKind> kinds, String subject, String detailPrefix) {
        return events.findTop100BySubjectAndKindInOrderByAtDescIdDesc(subject, kinds).stream()
                .filter(e -> e.getDetail() != null && e.getDetail().startsWith(detailPrefix)).toList();
    }

    /** The last successful sign-in of each of these accounts that has one, as the log recorded it. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.time.Instant> lastSignIns(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        return events.lastSignIns(accountIds).stream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (java.time.Instant) row[1]));
    }

    /** Lower case with LIKE's wildcards escaped, so a search for "50%" finds "50%". */
    private static String like(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
