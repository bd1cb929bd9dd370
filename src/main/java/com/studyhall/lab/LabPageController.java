package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import com.studyhall.security.Navigation;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * The memory lab page. Open to learners enrolled in a course, instructors and admins; everyone
 * else sees a locked prompt with the way in. The page runs programs through the simulation API.
 */
@Controller
class LabPageController {

    /** Visitors (name and roles) whose bare lab page is kept; the least recently used goes first. */
    private static final int MOST_PAGES_KEPT = 2_000;

    private final LabPresets presets;
    private final LabAccess access;
    private final KeptHtml kept;
    private final Navigation navigation;
    private final KeptPerState<Navigation.State> pages = new KeptPerState<>(MOST_PAGES_KEPT);

    LabPageController(LabPresets presets, LabAccess access, KeptHtml kept, Navigation navigation) {
        this.presets = presets;
        this.access = access;
        this.kept = kept;
        this.navigation = navigation;
    }

    @GetMapping("/lab")
    ModelAndView lab(@RequestParam(required = false) Long example, @RequestParam(required = false) Long scenario,
               @RequestParam(required = false) Integer step, @AuthenticationPrincipal StudyhallUser user, Model model,
               HttpServletRequest request, HttpServletResponse response) {
        Door door = door(user);
        model.addAttribute("access", door);
        if (door != Door.OPEN) {
            return new ModelAndView("lab/locked");
        }
        List<LabPreset> all = presets.all();
        model.addAttribute("presetSelect",
                kept.of("lab/lab-kept", "presets", null, all, () -> Map.of("presets", all), request, response));
        model.addAttribute("initial", example == null ? null : presets.example(example).orElse(null));
        model.addAttribute("scenarioId", scenario);
        model.addAttribute("step", step);
        if (example == null && scenario == null && step == null) {
            // The lab as the menu opens it shows the presets and the visitor's header, nothing else.
            return new ModelAndView(kept.page(pages, navigation.current(), all, "lab/lab", model::asMap, request, response));
        }
        return new ModelAndView("lab/lab");
    }

    private Door door(StudyhallUser user) {
        if (user == null) return Door.ANONYMOUS;
        return access.allows(user) ? Door.OPEN : Door.NOT_ENROLLED;
    }

    /** Who is at the door of the lab. */
    enum Door { ANONYMOUS, NOT_ENROLLED, OPEN }
}
