package com.studyhall.games;

import com.studyhall.accounts.LearnerRowsSnapshots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Keeps each learner's best result per game and section. Nothing here touches the card schedule. */
@Service
class GameResults {

    private final GameBestRepository bests;
    private final LearnerRowsSnapshots kept;
    private final Clock clock;

    GameResults(GameBestRepository bests, LearnerRowsSnapshots kept, Clock clock) {
        this.bests = bests;
        this.kept = kept;
        this.clock = clock;
    }

    /** Records a graded result; the answer says whether it is the learner's new best. */
    @Transactional
    Recorded record(long userId, long sectionId, GameKind game, GameScore score) {
        GameBest best = bests.findByUserIdAndSectionIdAndGame(userId, sectionId, game)
                .orElseGet(() -> new GameBest(userId, sectionId, game, score, clock.instant()));
        boolean better = best.offer(score, clock.instant());
        bests.save(best);
        return new Recorded(game, game.describe(score), better, game.describe(best.score()), best.getPlays());
    }

    /**
     * The learner's best of each game played in the section, from the copy of their rows kept while
     * they do not change (every game page shows it; a recorded result moves the version).
     */
    Map<GameKind, String> bests(long userId, long sectionId) {
        return kept.part(userId, GameResults.class, () -> {
            Map<Long, Map<GameKind, String>> bySection = new HashMap<>();
            bests.findByUserId(userId).forEach(best -> bySection
                    .computeIfAbsent(best.getSectionId(), id -> new EnumMap<>(GameKind.class))
                    .put(best.getGame(), best.getGame().describe(best.score())));
            bySection.replaceAll((id, games) -> Collections.unmodifiableMap(games));
            return Map.copyOf(bySection);
        }).getOrDefault(sectionId, Map.of());
    }

    /** What the result page and the game's script show after a game. */
    record Recorded(GameKind game, String result, boolean newBest, String best, int plays) {
    }
}
