package com.studyhall.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With the demo data only: gives the demo admin a fixed, published TOTP secret, so a person can
 * add it to an authenticator app and tests can compute its codes. The demo data loader calls it
 * once it has made the demo users.
 */
@Component
public class DemoSecondFactor {

    /** Printed in the README: never use outside the demo. */
    public static final String DEMO_ADMIN_SECRET = "STUDYHALLDEMOADMINSECRETTOTPKEYS";
    static final String DEMO_ADMIN = "admin@example.com";

    private static final Logger log = LoggerFactory.getLogger(DemoSecondFactor.class);

    private final AccountService accounts;
    private final SecondFactorService secondFactors;

    DemoSecondFactor(AccountService accounts, SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    /** Enrols the demo admin, if there is one without a second factor yet. */
    public void enrollDemoAdmin() {
        accounts.findByEmail(DEMO_ADMIN).ifPresent(admin -> {
            if (!secondFactors.isEnabled(admin.getId())) {
                secondFactors.enrollWithKnownSecret(admin.getId(), DEMO_ADMIN_SECRET);
                log.info("Demo admin {} signs in with the published demo TOTP secret", DEMO_ADMIN);
            }
        });
    }
}
