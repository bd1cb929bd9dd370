package com.studyhall.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface StorefrontRepository extends JpaRepository<Storefront, Integer> {
}
