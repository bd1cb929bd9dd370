package com.studyhall.games;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import com.studyhall.study.OpenSection;
import com.studyhall.study.SectionStudyService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The games of a section: the list with the learner's bests, and one page per game. */
@Controller
@RequestMapping("/courses/{course}/{section}/games")
class GamesController {

    private final SectionStudyService sections;
    private final GameResults results;
    private final GameDecks decks;
    private final RefcountSprint sprint;

    GamesController(SectionStudyService sections, GameResults results, GameDecks decks, RefcountSprint sprint) {
        this.sections = sections;
        this.results = results;
        this.decks = decks;
        this.sprint = sprint;
    }

    @GetMapping
    String games(@PathVariable String course, @PathVariable String section,
                 @AuthenticationPrincipal StudyhallUser user, Model model) {
        OpenSection open = open(course, section, user, model);
        model.addAttribute("games", GameKind.values());
        model.addAttribute("bests", results.bests(user.getId(), open.sectionId()));
        return "games/games";
    }

    @GetMapping("/memory-match")
    String memory(@PathVariable String course, @PathVariable String section,
                  @AuthenticationPrincipal StudyhallUser user, Model model) {
        OpenSection open = open(course, section, user, model);
        model.addAttribute("pairs", decks.memoryPairs(open.sectionId(), sections.contentsFor(open, Viewer.of(user))));
        return page(GameKind.MEMORY_MATCH, open, user, model);
    }

    @GetMapping("/typing")
    String typing(@PathVariable String course, @PathVariable String section, @RequestParam(required = false) String text,
                  @AuthenticationPrincipal StudyhallUser user, Model model) {
        OpenSection open = open(course, section, user, model);
        List<GameDecks.TypingText> texts = decks.typingTexts(open.sectionId());
        model.addAttribute("texts", texts);
        model.addAttribute("text", texts.stream().filter(t -> t.key().equals(text)).findFirst()
                .orElse(texts.isEmpty() ? null : texts.get(0)));
        return page(GameKind.TYPING, open, user, model);
    }

    @GetMapping("/quick-fire")
    String quiz(@PathVariable String course, @PathVariable String section,
                @AuthenticationPrincipal StudyhallUser user, Model model) {
        OpenSection open = open(course, section, user, model);
        model.addAttribute("questions", decks.quiz(open.sectionId(), open.courseId()));
        return page(GameKind.QUICK_FIRE, open, user, model);
    }

    @GetMapping("/refcount-sprint")
    String refcount(@PathVariable String course, @PathVariable String section,
                    @AuthenticationPrincipal StudyhallUser user, Model model) {
        OpenSection open = open(course, section, user, model);
        model.addAttribute("programs", sprint.deal(open.sectionId()));
        return page(GameKind.REFCOUNT_SPRINT, open, user, model);
    }

    private OpenSection open(String course, String section, StudyhallUser user, Model model) {
        OpenSection open = sections.open(course, section, Viewer.of(user));
        model.addAttribute("section", open);
        return open;
    }

    private String page(GameKind game, OpenSection open, StudyhallUser user, Model model) {
        model.addAttribute("game", game);
        model.addAttribute("best", results.bests(user.getId(), open.sectionId()).get(game));
        return "games/" + game.slug();
    }
}
