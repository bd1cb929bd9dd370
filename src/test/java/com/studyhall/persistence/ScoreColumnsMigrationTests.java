package com.studyhall.persistence;

import org.junit.jupiter.api.Test;

import java.util.UUID;

/** V27_1 on H2, the default database; {@link PostgresRepositoryTests} runs the same check on PostgreSQL. */
class ScoreColumnsMigrationTests {

    @Test
    void wholeScoresBecomeDecimalsWithTheirValuesOnH2() throws Exception {
        String url = "jdbc:h2:mem:scores-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ScoreColumnsMigration.keepsEveryWholeScore(url, "sa", "", "set referential_integrity false");
    }
}
