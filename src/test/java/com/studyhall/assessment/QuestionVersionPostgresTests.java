package com.studyhall.assessment;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review after an edit, after a delete (the trash) and after a regrade, again on PostgreSQL. */
@StudyhallIntegrationTest
class QuestionVersionPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.registerFresh(registry);
    }

    @Nested
    class Journeys extends QuestionVersionJourneyTests {
    }
}
