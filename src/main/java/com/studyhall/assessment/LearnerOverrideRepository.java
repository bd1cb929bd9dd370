package com.studyhall.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface LearnerOverrideRepository extends JpaRepository<LearnerOverride, Long> {

    Optional<LearnerOverride> findByMockTestIdAndLearnerId(long mockTestId, long learnerId);

    @Query("select o from LearnerOverride o where o.learnerId = :learnerId and o.mockTest.id in :testIds")
    List<LearnerOverride> findByLearnerIdAndMockTestIdIn(@Param("learnerId") long learnerId,
                                                        @Param("testIds") Collection<Long> testIds);

    default Allowance allowance(long mockTestId, long learnerId) {
        return findByMockTestIdAndLearnerId(mockTestId, learnerId).map(LearnerOverride::allowance).orElse(Allowance.NONE);
    }
}
