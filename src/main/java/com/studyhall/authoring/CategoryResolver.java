package com.studyhall.authoring;

import com.studyhall.catalog.Category;
import com.studyhall.catalog.CategoryRepository;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** A category by name, created when it does not exist yet. */
@Component
class CategoryResolver {

    private final CategoryRepository categories;

    CategoryResolver(CategoryRepository categories) {
        this.categories = categories;
    }

    Category byName(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return categories.findBySlug(slug).orElseGet(() -> categories.save(new Category(name.strip(), slug)));
    }
}
