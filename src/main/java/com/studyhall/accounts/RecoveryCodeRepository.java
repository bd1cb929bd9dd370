package com.studyhall.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    /** Spends an unused code in one statement; 1 when it was there and unused, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecoveryCode r set r.usedAt = :now where r.userId = :userId and r.codeHash = :hash and r.usedAt is null")
    int spend(@Param("userId") long userId, @Param("hash") String hash, @Param("now") Instant now);

    @Query("select count(r) from RecoveryCode r where r.userId = :userId and r.usedAt is null")
    long countUnused(@Param("userId") long userId);

    @Modifying
    @Query("delete from RecoveryCode r where r.userId = :userId")
    void deleteAllOf(@Param("userId") long userId);
}
