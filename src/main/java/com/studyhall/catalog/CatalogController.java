package com.studyhall.catalog;

import com.studyhall.catalog.search.CourseSearch;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.enrollment.EnrollmentService;
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

import java.util.Map;

@Controller
class CatalogController {

    /** Longer queries are cut here (the search box allows no more). */
    static final int MAX_QUERY_LENGTH = 100;

    /** What the kept lab preview shows comes from the template alone: one version for the app's life. */
    private static final Object LAB_PREVIEW = new Object();

    /** Visitor states (signed in, roles, name) times filter choices kept; the least recently used goes first. */
    private static final int MOST_PAGES_KEPT = 2_000;

    private final CatalogService catalog;
    private final CourseSearch search;
    private final EnrollmentService enrollments;
    private final KeptHtml kept;
    private final Navigation navigation;
    private final KeptPerState<PageState> pages = new KeptPerState<>(MOST_PAGES_KEPT);

    CatalogController(CatalogService catalog, CourseSearch search, EnrollmentService enrollments, KeptHtml kept,
                      Navigation navigation) {
        this.catalog = catalog;
        this.search = search;
        this.enrollments = enrollments;
        this.kept = kept;
        this.navigation = navigation;
    }

    /**
     * The storefront: the featured course, the lab preview and the filtered catalog; or, with
     * {@code q}, search results. Filters and order travel in the URL, so every state is a link.
     */
    @GetMapping("/")
    ModelAndView catalog(@RequestParam(name = "q", required = false) String query,
                   @RequestParam(name = "category", required = false) String category,
                   @RequestParam(name = "level", required = false) String level,
                   @RequestParam(name = "sort", required = false) String sort,
                   @AuthenticationPrincipal StudyhallUser user, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        CatalogFilter filter = CatalogFilter.of(category, level, sort);
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        model.addAttribute("query", q);
        if (q.isEmpty()) {
            PublishedCatalog published = catalog.published();
            FeaturedCourse featured = published.featured();
            model.addAttribute("featured", featured);
            boolean featuredEnrolled = featured != null && user != null && enrollments.isEnrolled(user.getId(), featured.id());
            model.addAttribute("featuredEnrolled", featuredEnrolled);
            // Everything else the page shows is the published catalog's: the whole page is kept, and
            // its parts are looked up only when it is rendered.
            return new ModelAndView(kept.page(pages, new PageState(filter, navigation.current(), featuredEnrolled),
                    published, "catalog/catalog", () -> {
                        model.addAttribute("browse", kept.of("catalog/catalog-kept", "browse", filter, published, () -> Map.of(
                                "filter", filter,
                                "clearFilters", filter.sort() == CatalogFilter.DEFAULT_SORT ? "/" : "/?sort=" + filter.sort().param(),
                                "courses", catalog.list(filter),
                                "filters", FilterField.of(filter, published.categories(), catalog.sorts())), request, response));
                        // The same for every visitor and every signed-in reader (only its call to action differs).
                        boolean anonymous = user == null;
                        model.addAttribute("labPreview", kept.of("catalog/lab-preview", "player", anonymous, LAB_PREVIEW,
                                () -> Map.of("nav", Map.of("anonymous", anonymous)), request, response));
                        return model.asMap();
                    }, request, response));
        } else {
            model.addAttribute("hits", search.search(q));
        }
        return new ModelAndView("catalog/catalog");
    }

    /** What the catalog page shows besides the published catalog: the filter and the visitor. */
    private record PageState(CatalogFilter filter, Navigation.State visitor, boolean featuredEnrolled) {
    }
}
