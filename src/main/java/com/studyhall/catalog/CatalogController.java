package com.studyhall.catalog;

import com.studyhall.catalog.search.CourseSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogController {

    /** Longer queries are cut here (the search box allows no more). */
    static final int MAX_QUERY_LENGTH = 100;

    private final CatalogService catalog;
    private final CourseSearch search;

    CatalogController(CatalogService catalog, CourseSearch search) {
        this.catalog = catalog;
        this.search = search;
    }

    @GetMapping("/")
    String catalog(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        model.addAttribute("query", q);
        if (q.isEmpty()) {
            model.addAttribute("shelves", catalog.shelves());
        } else {
            model.addAttribute("hits", search.search(q));
        }
        return "catalog/catalog";
    }
}
