package com.studyhall.gradebook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * An instructor's invitation of an address that has no account yet: an enrollment waiting for
 * sign-up. Only the hash of its link's token is kept; inviting the address again makes a new link.
 */
@Entity
@Table(name = "course_invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    @Size(max = 320)
    private String email;

    @Size(max = 64)
    private String tokenHash;

    @Size(max = 320)
    private String invitedBy;

    private Instant invitedAt;

    protected Invitation() {
    }

    Invitation(long courseId, String email, String tokenHash, String invitedBy, Instant invitedAt) {
        this.courseId = courseId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    /** A new link replaces the old one: the old token stops working. */
    void renew(String newTokenHash, String by, Instant at) {
        this.tokenHash = newTokenHash;
        this.invitedBy = by;
        this.invitedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getEmail() {
        return email;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
