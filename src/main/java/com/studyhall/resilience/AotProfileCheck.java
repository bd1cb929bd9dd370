package com.studyhall.resilience;

import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Refuses a start that would run the build's Spring AOT code (-Dspring.aot.enabled=true) under a
 * profile it was not built for. That code fixes the bean graph of the embedded run, sessions in
 * memory among it; under the postgres profile the sessions in the database would silently be missing
 * and two nodes behind one load balancer would each forget the other's sign-ins.
 */
@Component
class AotProfileCheck {

    AotProfileCheck(Environment environment) {
        refuseOtherProfiles(AotDetector.useGeneratedArtifacts(), environment.getActiveProfiles());
    }

    static void refuseOtherProfiles(boolean aotCode, String[] activeProfiles) {
        if (aotCode && activeProfiles.length > 0) {
            throw new IllegalStateException("The Spring AOT code in this jar was built for the default profile, not "
                    + Arrays.toString(activeProfiles) + ": start without -Dspring.aot.enabled=true");
        }
    }
}
