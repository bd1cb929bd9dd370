package com.studyhall.authoring;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The trash-and-restore and history journeys again, on PostgreSQL with the demo data: the soft
 * delete's SQL restriction, the restore's plain SQL and the content columns run on the production
 * database too. One application context and one fresh database serve both journeys.
 */
@StudyhallIntegrationTest
class StudioTrashAndHistoryPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        var database = PostgresDatabase.fresh();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @Nested
    class TrashAndRestore extends TrashAndRestoreTests {
    }

    @Nested
    class HistoryWithContent extends HistoryWithContentTests {
    }
}
