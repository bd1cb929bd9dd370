package com.studyhall.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** Stores user accounts; emails are looked up in their normalized, lower-case form. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);
}
