package com.studyhall.lab;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.assessment.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every predict-the-output question of the demo courses gets its answer from the engine at
 * start-up, and that answer is what CPython 3.11 prints (checked when python3 3.11 is present).
 */
@StudyhallIntegrationTest
class DemoPredictQuestionsTests {

    @Autowired
    QuestionRepository questions;

    @Test
    void everyDemoPredictQuestionHasAnEngineAnswer() {
        List<Question> predict = questions.findByType(QuestionType.PREDICT_OUTPUT);
        assertThat(predict).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(q -> assertThat(q.getExpectedOutput()).as(q.getCode()).isNotNull());
    }

    @Test
    void engineAnswersEqualWhatCPythonPrints() throws Exception {
        assumeTrue(python311(), "Skipped: no python3 3.11 on the PATH to compare with");
        for (Question question : questions.findByType(QuestionType.PREDICT_OUTPUT)) {
            assertThat(question.getExpectedOutput()).as(question.getCode()).isEqualTo(cpython(question.getCode()));
        }
    }

    private static boolean python311() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && version.startsWith("Python 3.11");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** stdout, then the last stderr line when the program failed: what a learner would see. */
    private static String cpython(String code) throws Exception {
        Path file = Files.createTempFile("predict", ".py");
        Files.writeString(file, code);
        // -u: stdout written through, as the lab models it and the corpus is recorded (PYTHONUNBUFFERED=1).
        Process p = new ProcessBuilder("python3", "-u", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        Files.delete(file);
        if (p.exitValue() == 0) {
            return out;
        }
        String last = err.substring(err.lastIndexOf('\n') + 1);
        return out.isEmpty() || out.endsWith("\n") ? out + last : out + "\n" + last;
    }
}
