package com.studyhall.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String catalog(@RequestParam(name = "q", required = false) String query, Model model) {
        var shelves = catalog.shelves(query);
        model.addAttribute("query", query == null ? "" : query.strip());
        model.addAttribute("shelves", shelves);
        model.addAttribute("resultCount", shelves.stream().mapToInt(shelf -> shelf.courses().size()).sum());
        return "catalog/catalog";
    }
}
