package com.studyhall.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TotpCredentialRepository extends JpaRepository<TotpCredential, Long> {

    boolean existsByUserIdAndEnabledTrue(long userId);

    /** Claims a time step in one statement, so two requests with one code cannot both win. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update TotpCredential c set c.lastUsedStep = :step where c.userId = :userId and c.lastUsedStep < :step")
    int claimStep(@Param("userId") long userId, @Param("step") long step);
}
