package com.studyhall.catalog;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose the home page's featured course (under /admin, so security lets only admins in). */
@Controller
class StorefrontAdminController {

    private final StorefrontService storefront;

    StorefrontAdminController(StorefrontService storefront) {
        this.storefront = storefront;
    }

    @GetMapping("/admin/storefront")
    String choice(Model model) {
        model.addAttribute("courses", storefront.candidates());
        model.addAttribute("featured", storefront.featuredCourseId());
        return "catalog/storefront-admin";
    }

    /** An empty value features no course. */
    @PostMapping("/admin/storefront")
    String choose(@RequestParam(name = "featured", defaultValue = "") String featured,
                  @AuthenticationPrincipal StudyhallUser admin, RedirectAttributes redirect) {
        Long courseId = courseId(featured);
        String title = storefront.feature(courseId, admin.getId());
        redirect.addFlashAttribute("notice", title == null
                ? "The home page features no course now."
                : "The home page now features " + title + ".");
        return "redirect:/admin/storefront";
    }

    private static Long courseId(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadCatalogQueryException("“" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                    + "” is not a course of the list.");
        }
    }
}
