package com.studyhall.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogSearchPatternTests {

    @Test
    void searchesLiterallyIgnoringCase() {
        assertThat(CatalogService.likePattern("  Memory ")).isEqualTo("%memory%");
    }

    @Test
    void wildcardsInTheQueryMatchThemselves() {
        assertThat(CatalogService.likePattern("100%_off!")).isEqualTo("%100!%!_off!!%");
    }

    @Test
    void overlongQueriesAreCut() {
        assertThat(CatalogService.likePattern("x".repeat(500))).hasSize(CatalogService.MAX_QUERY_LENGTH + 2);
    }
}
