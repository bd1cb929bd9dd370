package com.studyhall.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

interface PasswordSetTokenRepository extends JpaRepository<PasswordSetToken, Long> {

    Optional<PasswordSetToken> findByTokenHash(String tokenHash);

    /** Marks the link used if nobody used it yet; 1 when this call won, 0 when it was already used. */
    @Modifying
    @Query("update PasswordSetToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(@Param("id") long id, @Param("now") Instant now);

    /** A newer link replaces the older ones of the same account: they count as used from now. */
    @Modifying
    @Query("update PasswordSetToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int supersede(@Param("userId") long userId, @Param("now") Instant now);
}
