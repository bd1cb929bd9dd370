package com.studyhall.authoring;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The trash-and-restore, history, three-way-merge and edit-against-delete journeys again, on
 * PostgreSQL with the demo data: the soft delete's SQL restriction, the restore's plain SQL and the
 * content columns run on the production database too. One fresh database serves them all.
 */
@StudyhallIntegrationTest
class StudioTrashAndHistoryPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.registerFresh(registry);
    }

    @Nested
    class TrashAndRestore extends TrashAndRestoreTests {
    }

    @Nested
    class HistoryWithContent extends HistoryWithContentTests {
    }

    @Nested
    class ThreeWayMerge extends ThreeWayMergeTests {
    }

    @Nested
    class EditAgainstDelete extends EditAgainstDeleteTests {
    }

    @Nested
    class RestoreEveryKind extends RestoreEveryKindTests {
    }
}
