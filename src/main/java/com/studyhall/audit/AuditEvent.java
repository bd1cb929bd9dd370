package com.studyhall.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** One security event. Rows are only ever added: nothing in the application changes or deletes them. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    private Long actorId;

    @Size(max = 320)
    private String actor;

    @Size(max = 320)
    private String subject;

    @Size(max = 64)
    private String address;

    @Size(max = 500)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, AuditKind kind, Long actorId, String actor, String subject, String address, String detail) {
        this.at = at;
        this.kind = kind;
        this.actorId = actorId;
        this.actor = clip(actor, 320);
        this.subject = clip(subject, 320);
        this.address = clip(address, 64);
        this.detail = clip(detail, 500);
    }

    /** An event is never refused for its length: a typed email of 5,000 characters is cut, not lost. */
    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public AuditKind getKind() {
        return kind;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
