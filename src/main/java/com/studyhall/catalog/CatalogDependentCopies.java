package com.studyhall.catalog;

/**
 * A copy another feature keeps of something the catalog decides (which courses and sections are
 * published): dropped with the catalog's own copies whenever this node commits a change to a course,
 * section or category ({@link CatalogChanges}); other nodes' changes reach it through its expiry, as
 * the catalog's do.
 */
public interface CatalogDependentCopies {

    void catalogChanged();
}
