package com.studyhall.games;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import com.studyhall.study.OpenSection;
import com.studyhall.study.SectionStudyService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What the games' scripts post (JSON, with the CSRF header): finished games, graded and kept when
 * they are the learner's best, and the refcount sprint's answers one at a time.
 */
@RestController
@RequestMapping("/courses/{course}/{section}/games")
class GameResultController {

    private final SectionStudyService sections;
    private final GameResults results;
    private final Referee referee;
    private final RefcountSprint sprint;

    GameResultController(SectionStudyService sections, GameResults results, Referee referee, RefcountSprint sprint) {
        this.sections = sections;
        this.results = results;
        this.referee = referee;
        this.sprint = sprint;
    }

    @PostMapping("/memory-match/results")
    GameResults.Recorded memory(@PathVariable String course, @PathVariable String section,
                                @RequestBody Referee.MemoryResult result, @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        return keep(user, open, GameKind.MEMORY_MATCH, referee.memory(open.sectionId(), result));
    }

    @PostMapping("/typing/results")
    GameResults.Recorded typing(@PathVariable String course, @PathVariable String section,
                                @RequestBody Referee.TypingResult result, @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        return keep(user, open, GameKind.TYPING, referee.typing(open.sectionId(), result));
    }

    @PostMapping("/quick-fire/results")
    GameResults.Recorded quiz(@PathVariable String course, @PathVariable String section,
                              @RequestBody Referee.QuizResult result, @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        return keep(user, open, GameKind.QUICK_FIRE, referee.quiz(open.sectionId(), open.courseId(), result));
    }

    @PostMapping("/refcount-sprint/answers")
    RefcountSprint.Verdict answer(@PathVariable String course, @PathVariable String section,
                                  @RequestBody RefcountSprint.Answer answer, @AuthenticationPrincipal StudyhallUser user) {
        return sprint.grade(sections.open(course, section, Viewer.of(user)).sectionId(), answer);
    }

    @PostMapping("/refcount-sprint/results")
    GameResults.Recorded refcount(@PathVariable String course, @PathVariable String section,
                                  @RequestBody SprintResult result, @AuthenticationPrincipal StudyhallUser user) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        return keep(user, open, GameKind.REFCOUNT_SPRINT, sprint.score(open.sectionId(), result.answers()));
    }

    private GameResults.Recorded keep(StudyhallUser user, OpenSection open, GameKind game, GameScore score) {
        return results.record(user.getId(), open.sectionId(), game, score);
    }

    /** Every answer of a finished sprint; the server grades them all again. */
    record SprintResult(List<RefcountSprint.Answer> answers) {
    }
}
