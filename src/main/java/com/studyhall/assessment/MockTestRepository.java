package com.studyhall.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** Mock-test settings by section. */
public interface MockTestRepository extends JpaRepository<MockTest, Long> {

    Optional<MockTest> findBySectionId(long sectionId);
}
