package com.studyhall.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who can log in. The email is stored lower-case so it identifies one account. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 320)
    private String email;

    @Size(max = 80)
    private String displayName;

    @Size(max = 200)
    private String passwordHash;

    private boolean enabled = true;

    /** A few sentences about an instructor, shown on their course pages (plain text). */
    @Size(max = 600)
    private String bio = "";

    /** The profile photo in the file store; null shows the initials avatar. */
    @Size(max = 200)
    private String photoKey;

    @Size(max = 60)
    private String photoContentType;

    private boolean mustChangePassword;

    private Instant createdAt;

    private long sessionGeneration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Ends every session of this account and keeps it from logging in. */
    public void disable() {
        this.enabled = false;
        endAllSessions();
    }

    public void enable() {
        this.enabled = true;
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Sessions remember the generation they started in; raising it ends them on their next request. */
    /** The password is a one-time one (an admin created the account): every page waits until it is replaced. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    public boolean isPasswordChangeRequired() {
        return mustChangePassword;
    }

    public void endAllSessions() {
        this.sessionGeneration++;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public String getBio() {
        return bio;
    }

    public void changeBio(String bio) {
        this.bio = bio == null ? "" : bio.strip();
    }

    public String getPhotoKey() {
        return photoKey;
    }

    public String getPhotoContentType() {
        return photoContentType;
    }

    /** A new photo (key and media type), or none when both are null. */
    public void changePhoto(String key, String contentType) {
        this.photoKey = key;
        this.photoContentType = contentType;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
