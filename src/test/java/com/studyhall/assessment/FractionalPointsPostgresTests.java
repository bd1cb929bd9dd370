package com.studyhall.assessment;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Half points from the answer to the gradebook, its CSV and a regrade, again on PostgreSQL's numeric columns. */
@StudyhallIntegrationTest
class FractionalPointsPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.registerFresh(registry);
    }

    @Nested
    class Journeys extends FractionalPointsJourneyTests {
    }
}
