package com.studyhall.games;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Best results by learner and section. */
interface GameBestRepository extends JpaRepository<GameBest, Long> {

    Optional<GameBest> findByUserIdAndSectionIdAndGame(long userId, long sectionId, GameKind game);

    List<GameBest> findByUserId(long userId);
}
