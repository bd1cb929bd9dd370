package com.studyhall.accounts;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/** Stores user accounts; emails are looked up in their normalized, lower-case form. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** People whose email or name contains the (lower-case) text. */
    default Page<UserAccount> search(String text, Pageable page) {
        return search(text, null, null, page);
    }

    /** As {@link #search(String, Pageable)}, with the role (any if null) and enabled or not (either if null). */
    default Page<UserAccount> search(String text, Role role, Boolean enabled, Pageable page) {
        // No null parameters: PostgreSQL cannot type a bare "? is null".
        return search(text, role == null, role == null ? Role.LEARNER : role, enabled == null,
                enabled == null || enabled, page);
    }

    @Query("select u from UserAccount u where (lower(u.email) like concat('%', :text, '%') escape '\\'"
            + " or lower(u.displayName) like concat('%', :text, '%') escape '\\')"
            + " and (:anyRole = true or exists (select 1 from UserAccount v join v.roles r where v = u and r = :role))"
            + " and (:anyStatus = true or u.enabled = :enabled)")
    Page<UserAccount> search(@Param("text") String text, @Param("anyRole") boolean anyRole, @Param("role") Role role,
                             @Param("anyStatus") boolean anyStatus, @Param("enabled") boolean enabled, Pageable page);

    /**
     * The enabled admins, locked until the transaction ends: two admins demoting each other at the
     * same moment take turns, so the second one sees that the first left only one admin.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u join u.roles r where r = com.studyhall.accounts.Role.ADMIN and u.enabled = true")
    List<UserAccount> lockEnabledAdmins();
}
