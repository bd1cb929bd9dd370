package com.studyhall.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /** Newest first; {@code text} (lower case, LIKE-escaped) matches actor, subject, address or detail. */
    @Query("""
            select e from AuditEvent e
            where (:kind is null or e.kind = :kind)
              and (:text = '' or lower(coalesce(e.actor, '')) like concat('%', :text, '%') escape '\\'
                   or lower(coalesce(e.subject, '')) like concat('%', :text, '%') escape '\\'
                   or lower(coalesce(e.address, '')) like concat('%', :text, '%') escape '\\'
                   or lower(coalesce(e.detail, '')) like concat('%', :text, '%') escape '\\')
            order by e.at desc, e.id desc""")
    Page<AuditEvent> search(@Param("kind") AuditKind kind, @Param("text") String text, Pageable page);

    /** Rows of (account id, time of its last successful sign-in). */
    @Query("select e.actorId, max(e.at) from AuditEvent e where e.kind = com.studyhall.audit.AuditKind.SIGN_IN"
            + " and e.actorId in :ids group by e.actorId")
    java.util.List<Object[]> lastSignIns(@Param("ids") java.util.Collection<Long> accountIds);

    java.util.List<AuditEvent> findTop100BySubjectAndKindInOrderByAtDescIdDesc(String subject, java.util.Collection<AuditKind> kinds);
}
