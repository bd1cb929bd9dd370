package com.studyhall.catalog;

import jakarta.servlet.http.HttpServletRequest;
import com.studyhall.resilience.FormSubmissions;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import com.studyhall.security.Navigation;
import com.studyhall.web.KeptHtml;
import com.studyhall.web.KeptPerState;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The course page, and joining or leaving a course (the enrollment routes sit under it). */
@Controller
class CourseController {

    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final ObjectProvider<LearnerProgress> progress;
    private final FormSubmissions forms;
    private final ObjectProvider<CourseReviews> reviews;
    private final CoursePageMetas metas;
    private final CourseCardImage cardImage;
    private final KeptHtml kept;
    private final CourseOutlineHtml outline;
    private final Navigation navigation;
    private final KeptPerState<PageState> pages = new KeptPerState<>(MOST_PAGES_KEPT);

    /** Visitor states (name, roles, progress, own review) kept; the least recently used goes first. */
    private static final int MOST_PAGES_KEPT = 2_000;

    /** The course page's parts that are the same for everyone: what it teaches, its prerequisites and instructor. */
    private static final String KEPT = "catalog/course-kept";

    CourseController(CatalogService catalog, EnrollmentService enrollments, ObjectProvider<LearnerProgress> progress,
                     FormSubmissions forms, ObjectProvider<CourseReviews> reviews, CoursePageMetas metas,
                     CourseCardImage cardImage, KeptHtml kept, CourseOutlineHtml outline, Navigation navigation) {
        this.kept = kept;
        this.navigation = navigation;
        this.outline = outline;
        this.reviews = reviews;
        this.metas = metas;
        this.cardImage = cardImage;
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.progress = progress;
        this.forms = forms;
    }

    @GetMapping("/courses/{course}")
    ModelAndView overview(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        Viewer viewer = Viewer.of(user);
        var overview = catalog.overview(course, viewer);
        model.addAttribute("course", overview);
        boolean enrolled = user != null && enrollments.isEnrolled(user.getId(), overview.id());
        model.addAttribute("enrolled", enrolled);
        LearnerProgress.CourseProgress learnerProgress = enrolled && progress.getIfAvailable() != null
                ? progress.getObject().of(user.getId(), overview.id()) : null;
        if (learnerProgress != null) {
            model.addAttribute("progress", learnerProgress);
        }
        CourseReviews courseReviews = reviews.getIfAvailable();
        CourseRating rating = CourseRating.NONE;
        CourseReviews.Block block = null;
        if (courseReviews != null) {
            block = courseReviews.block(overview, viewer, new CourseReviews.Standing(enrolled,
                    learnerProgress != null && learnerProgress.finishedASection()));
            model.addAttribute("reviews", block);
            rating = block.rating();
        }
        model.addAttribute("rating", rating);
        String site = SiteAddress.of(request);
        CourseRating shownRating = rating;
        // The rest of the page is the course snapshot's: the whole page is kept per reader state, and
        // its parts are looked up only when it is rendered.
        return new ModelAndView(kept.page(pages, new PageState(navigation.current(), enrolled, learnerProgress, block, site),
                overview, "catalog/course", () -> {
                    Supplier<Map<String, ?>> shared = () -> Map.of("course", overview);
                    model.addAttribute("aboutHtml", kept.of(KEPT, "about", overview.slug(), overview, shared, request, response));
                    model.addAttribute("sideHtml", kept.of(KEPT, "side", overview.slug(), overview, shared, request, response));
                    model.addAttribute("outlineHtml", outline.of(overview, enrolled, learnerProgress, request, response));
                    model.addAttribute("pageMeta", metas.of(overview, shownRating, site));
                    return model.asMap();
                }, request, response));
    }

    /**
     * What the course page shows besides the course: the visitor, their progress and their view of
     * the reviews (values all: the reviews block is a record of records), and the site's address
     * for the link-preview tags.
     */
    private record PageState(Navigation.State visitor, boolean enrolled, LearnerProgress.CourseProgress progress,
                             CourseReviews.Block reviews, String site) {
    }

    /** The course's link-preview picture (PNG), drawn on the server; the address carries the course version. */
    @GetMapping(value = "/courses/{course}/card.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> card(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user) {
        var overview = catalog.overview(course, Viewer.of(user));
        var card = new CourseCardImage.Card(overview.id(), overview.version(), overview.title(), overview.tagline(),
                overview.category(), overview.level(), overview.instructor().name());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(cardImage.png(card));
    }

    @PostMapping("/courses/{course}/enrollment")
    String enroll(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user,
                  RedirectAttributes redirect, HttpServletRequest request) {
        return forms.once(request, user.getId(), () -> {
            var overview = catalog.overview(course, Viewer.of(user));
            enrollments.enroll(user.getId(), overview.id());
            redirect.addFlashAttribute("notice", "You are enrolled in " + overview.title() + ". Enjoy the course!");
            return "redirect:/courses/" + overview.slug();
        });
    }

    @PostMapping("/courses/{course}/enrollment/delete")
    String leave(@PathVariable String course, @AuthenticationPrincipal StudyhallUser user,
                 RedirectAttributes redirect) {
        var overview = catalog.overview(course, Viewer.of(user));
        enrollments.leave(user.getId(), overview.id());
        redirect.addFlashAttribute("notice", "You left " + overview.title() + ". You can enroll again at any time.");
        return "redirect:/courses/" + overview.slug();
    }
}
