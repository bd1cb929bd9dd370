package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import com.studyhall.security.Navigation;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
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
    private final JsonMapper json;
    private final KeptPerState<Navigation.State> pages = new KeptPerState<>(MOST_PAGES_KEPT);
    private volatile PresetCodes codes;

    LabPageController(LabPresets presets, LabAccess access, KeptHtml kept, Navigation navigation, JsonMapper json) {
        this.presets = presets;
        this.access = access;
        this.kept = kept;
        this.navigation = navigation;
        this.json = json;
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
        model.addAttribute("presetSelect", kept.of("lab/lab-kept", "presets", null, all,
                () -> Map.of("presets", all, "codes", codes(all).address()), request, response));
        model.addAttribute("initial", example == null ? null : presets.example(example).orElse(null));
        model.addAttribute("scenarioId", scenario);
        model.addAttribute("step", step);
        if (example == null && scenario == null && step == null) {
            // The lab as the menu opens it shows the presets and the visitor's header, nothing else.
            return new ModelAndView(kept.page(pages, navigation.current(), all, "lab/lab", model::asMap, request, response));
        }
        return new ModelAndView("lab/lab");
    }

    /**
     * The presets' code, which the page no longer carries. The address the page links is kept a
     * year; an older address (a page from before an edit) gets today's code, asked for again next time.
     * {@link LabAccess} lets only those the lab is open to this far.
     */
    @GetMapping(PresetCodes.PATH + "{fingerprint}")
    ResponseEntity<byte[]> presetCodes(@PathVariable String fingerprint) {
        PresetCodes current = codes(presets.all());
        CacheControl caching = current.fingerprint().equals(fingerprint)
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()
                : CacheControl.noCache().cachePrivate();
        return ResponseEntity.ok().cacheControl(caching).contentType(MediaType.APPLICATION_JSON).body(current.json());
    }

    /** Made again only when the presets are read again (every few seconds at most), not per request. */
    private PresetCodes codes(List<LabPreset> all) {
        PresetCodes current = codes;
        if (current == null || current.presets() != all) {
            current = PresetCodes.of(all, json);
            codes = current;
        }
        return current;
    }

    private Door door(StudyhallUser user) {
        if (user == null) return Door.ANONYMOUS;
        return access.allows(user) ? Door.OPEN : Door.NOT_ENROLLED;
    }

    /** Who is at the door of the lab. */
    enum Door { ANONYMOUS, NOT_ENROLLED, OPEN }
}
