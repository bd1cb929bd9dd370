package com.studyhall.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the demo data only: gives the demo admin a fixed, published TOTP secret, so a person can
 * add it to an authenticator app and tests can compute its codes. Runs once the demo users exist.
 * Always a bean, the setting read when it runs (Spring AOT fixes the bean graph at build time).
 */
@Component
class DemoSecondFactor {

    /** Printed in the README: never use outside the demo. */
    public static final String DEMO_ADMIN_SECRET = "STUDYHALLDEMOADMINSECRETTOTPKEYS";
    static final String DEMO_ADMIN = "admin@example.com";

    private static final Logger log = LoggerFactory.getLogger(DemoSecondFactor.class);

    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final boolean enabled;

    DemoSecondFactor(AccountService accounts, SecondFactorService secondFactors,
                     @Value("${app.demo-data:false}") boolean enabled) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void enrollDemoAdmin() {
        if (!enabled) {
            return;
        }
        accounts.findByEmail(DEMO_ADMIN).ifPresent(admin -> {
            if (!secondFactors.isEnabled(admin.getId())) {
                secondFactors.enrollWithKnownSecret(admin.getId(), DEMO_ADMIN_SECRET);
                log.info("Demo admin {} signs in with the published demo TOTP secret", DEMO_ADMIN);
            }
        });
    }
}
