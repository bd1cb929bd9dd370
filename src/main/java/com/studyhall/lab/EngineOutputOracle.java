package com.studyhall.lab;

import com.studyhall.assessment.ComputedOutput;
import com.studyhall.assessment.OutputOracle;
import org.springframework.stereotype.Component;

/**
 * Answers predict-the-output questions with the simulation engine. A program the engine refuses
 * or stops at a limit has no answer CPython would agree with, so it is reported as a failure and
 * the question stays out of attempts instead of being graded against a wrong text.
 */
@Component
class EngineOutputOracle implements OutputOracle {

    private final ProgramRunner runner;

    EngineOutputOracle(ProgramRunner runner) {
        this.runner = runner;
    }

    @Override
    public String engineVersion() {
        return runner.engineVersion();
    }

    @Override
    public ComputedOutput run(String code) {
        ProgramOutput output = runner.run(code);
        if (!output.faithful()) {
            throw new IllegalArgumentException("the engine gives no faithful output for this program: " + output.error());
        }
        return new ComputedOutput(output.stdout(), output.error());
    }
}
