package com.studyhall.lab;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** V8 (lab_scenario) and the scenario queries on real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ScenarioPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    ScenarioRepository scenarios;

    @Autowired
    UserAccountRepository users;

    @Test
    void keepsEachOwnersScenariosApartAndVersionsEdits() {
        long ana = users.save(user("ana-lab@example.com")).getId();
        long bo = users.save(user("bo-lab@example.com")).getId();
        String longCode = "#".repeat(20_000);
        var saved = scenarios.saveAndFlush(new Scenario(ana, "Twenty thousand", longCode, Instant.parse("2026-01-01T10:00:00Z")));
        scenarios.saveAndFlush(new Scenario(ana, "Newer", "x = 1\n", Instant.parse("2026-01-02T10:00:00Z")));
        scenarios.saveAndFlush(new Scenario(bo, "Bo's", "y = 2\n", Instant.parse("2026-01-03T10:00:00Z")));

        assertThat(scenarios.findByOwnerIdOrderByUpdatedAtDescIdDesc(ana)).extracting(Scenario::getName)
                .containsExactly("Newer", "Twenty thousand");
        assertThat(scenarios.findByIdAndOwnerId(saved.getId(), bo)).isEmpty();
        assertThat(scenarios.findByIdAndOwnerId(saved.getId(), ana)).get().extracting(Scenario::getCode).isEqualTo(longCode);
        assertThat(scenarios.countByOwnerId(ana)).isEqualTo(2);

        long before = saved.getVersion();
        saved.rename("Renamed", Instant.parse("2026-01-04T10:00:00Z"));
        assertThat(scenarios.saveAndFlush(saved).getVersion()).isEqualTo(before + 1);
    }

    private static UserAccount user(String email) {
        return new UserAccount(email, "Name", "{noop}x", Set.of(Role.LEARNER), Instant.now());
    }
}
