package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import com.studyhall.web.KeptHtml;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * The memory lab page. Open to learners enrolled in a course, instructors and admins; everyone
 * else sees a locked prompt with the way in. The page runs programs through the simulation API.
 */
@Controller
class LabPageController {

    private final LabPresets presets;
    private final LabAccess access;
    private final KeptHtml kept;

    LabPageController(LabPresets presets, LabAccess access, KeptHtml kept) {
        this.presets = presets;
        this.access = access;
        this.kept = kept;
    }

    @GetMapping("/lab")
    String lab(@RequestParam(required = false) Long example, @RequestParam(required = false) Long scenario,
               @RequestParam(required = false) Integer step, @AuthenticationPrincipal StudyhallUser user, Model model,
               HttpServletRequest request, HttpServletResponse response) {
        Door door = door(user);
        model.addAttribute("access", door);
        if (door != Door.OPEN) {
            return "lab/locked";
        }
        List<LabPreset> all = presets.all();
        model.addAttribute("presetSelect",
                kept.of("lab/lab-kept", "presets", null, all, () -> Map.of("presets", all), request, response));
        model.addAttribute("initial", example == null ? null : presets.example(example).orElse(null));
        model.addAttribute("scenarioId", scenario);
        model.addAttribute("step", step);
        return "lab/lab";
    }

    private Door door(StudyhallUser user) {
        if (user == null) return Door.ANONYMOUS;
        return access.allows(user) ? Door.OPEN : Door.NOT_ENROLLED;
    }

    /** Who is at the door of the lab. */
    enum Door { ANONYMOUS, NOT_ENROLLED, OPEN }
}
