package com.studyhall.games;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Keeps each learner's best result per game and section. Nothing here touches the card schedule. */
@Service
class GameResults {

    private final GameBestRepository bests;
    private final Clock clock;

    GameResults(GameBestRepository bests, Clock clock) {
        this.bests = bests;
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

    /** The learner's best of each game played in the section. */
    @Transactional(readOnly = true)
    Map<GameKind, String> bests(long userId, long sectionId) {
        Map<GameKind, String> out = new EnumMap<>(GameKind.class);
        bests.findByUserIdAndSectionId(userId, sectionId)
                .forEach(best -> out.put(best.getGame(), best.getGame().describe(best.score())));
        return out;
    }

    /** What the result page and the game's script show after a game. */
    record Recorded(GameKind game, String result, boolean newBest, String best, int plays) {
    }
}
