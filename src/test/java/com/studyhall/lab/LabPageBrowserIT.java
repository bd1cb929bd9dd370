package com.studyhall.lab;

import com.studyhall.browser.Axe;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab page around the diagram, as a learner meets it: input for input(), a failed run's
 * message on its line, steps for calls, returns and the program's end, scrolling by keyboard,
 * and no serious accessibility violation at desktop or phone width.
 */
class LabPageBrowserIT extends LabBrowserTest {

    @Test
    void aProgramReadsTheLinesTypedIntoTheInputBox() {
        openLab(1280, 1000);
        setCode("name = input('Name? ')\nage = int(input())\nprint('Hello', name, age + 1)\n");
        WebElement stdin = browser.findElement(By.id("lab-stdin"));
        stdin.click();
        stdin.sendKeys("Ada", Keys.ENTER, "41");
        button("Run").click();
        waitForRun();
        button("Last step").click();
        // As CPython prints it when the input comes from a pipe: the prompt, not the typed line.
        assertThat(browser.findElement(By.id("lab-stdout")).getText()).isEqualTo("Name? Hello Ada 42");
        assertThat(browser.findElement(By.id("lab-error")).isDisplayed()).isFalse();
    }

    @Test
    void whatAProgramWritesToStderrShowsInTheStandardErrorPanelFromTheStepThatWroteIt() {
        openLab(360, 800);
        runCode("import sys\nprint('result', 42)\nprint('warning: slow', file=sys.stderr)\nx = 1\n");
        WebElement panel = browser.findElement(By.id("lab-stderr-panel"));
        go(0);
        assertThat(panel.isDisplayed()).as("hidden while nothing was written to stderr").isFalse();
        button("Last step").click();
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("h-stderr")).getText()).contains("Standard error");
        assertThat(browser.findElement(By.id("lab-stderr")).getText()).isEqualTo("warning: slow");
        assertThat(browser.findElement(By.id("lab-stdout")).getText()).isEqualTo("result 42");
        assertThat(browser.findElement(By.id("lab-log")).getText()).contains("writes to standard error: \"warning: slow\"");
        Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
    }

    @Test
    void aProgramThatRunsOutOfInputShowsTheErrorOnItsLineAndNothingOfTheRunBefore() {
        openLab(1280, 1000);
        runCode("items = [[1], [2]]\nprint(len(items))\n");
        assertThat(browser.findElements(By.cssSelector("#lab-svg [data-type='list']:not(.is-hidden)"))).isNotEmpty();
        runCode("x = 1\nfirst = input()\nsecond = input()\n");
        assertThat(browser.findElements(By.cssSelector("#lab-svg [data-type='list']"))).as("the lists of the run before").isEmpty();
        assertThat(browser.findElement(By.id("lab-stdout")).getText()).as("its output").isEmpty();
        assertThat(browser.findElement(By.id("lab-error")).getText()).contains("EOFError", "line 2");
        assertThat(browser.findElement(By.cssSelector(".lab-error-marker")).getAttribute("aria-label")).startsWith("Error on line 2");
        assertThat((String) js("return document.querySelector('.lab-error-line .CodeMirror-line').textContent"))
                .isEqualTo("first = input()");
        assertThat(browser.findElement(By.id("lab-now")).getText()).contains("EOFError");
    }

    @Test
    void aCallAndItsReturnAreStepsTheFrameComesAndGoesByNameAndTheEndIsProgramEnds() {
        openLab(1280, 1000);
        runCode("def square(n):\n    result = n * n\n    return result\n\nx = square(4)\nprint(x)\n");
        int call = stepOfKind("call"), ret = stepOfKind("return");
        assertThat(call).isPositive();
        go(call - 1);
        assertThat(frames()).as("before the call").containsExactly("Global frame");
        go(call);
        // As CPython reports a call: on the line of the function's def, where its frame starts.
        assertThat(browser.findElement(By.id("lab-step-label")).getText()).endsWith("line 1");
        assertThat(browser.findElement(By.id("lab-now")).getText()).startsWith("Call square() · line 1: def square(n):");
        assertThat(frames()).as("the call's step").containsExactly("Global frame", "square()");
        assertThat(browser.findElements(By.cssSelector("#lab-svg .frame:not(.is-hidden) [data-label='n']"))).as("its parameter").hasSize(1);
        go(ret - 1);
        assertThat(frames()).as("inside").containsExactly("Global frame", "square()");
        go(ret);
        assertThat(browser.findElement(By.id("lab-now")).getText()).startsWith("Return from square()");
        assertThat(frames()).as("the return's step").containsExactly("Global frame");

        int print = -1, ending = -1;
        for (int n = 0; n < size(); n++) {
            go(n);
            String label = browser.findElement(By.id("lab-step-label")).getText();
            if (label.endsWith("line 6")) print = n;
            if (label.endsWith("program ends") && ending < 0) ending = n;
        }
        assertThat(print).as("print(x) is a step of line 6").isPositive();
        assertThat(ending).as("the program's end comes after its last line").isGreaterThan(print);
        for (int n = ending; n < size(); n++) assertThat(programEnded(n)).as("step %d", n).isTrue();
        go(size() - 1);
        assertThat(browser.findElement(By.id("lab-now")).getText()).startsWith("Program ends");
        List<WebElement> log = browser.findElements(By.cssSelector("#lab-log .lab-log-title"));
        assertThat(log.get(ending).getText()).startsWith("Program ends");
        assertThat(log.get(print).getText()).isEqualTo("Line 6: print(x)");
    }

    @Test
    void theTableLogOutputAndEditorScrollByKeyboardAndAreNamed() {
        openLab(1280, 900);
        StringBuilder code = new StringBuilder("items = []\nfor i in range(40):\n    items.append([i])\n    print(i)\n");
        for (int i = 0; i < 40; i++) code.append("# line ").append(i + 5).append('\n');
        runCode(code.toString());
        go(size() - 1);
        for (String[] region : new String[][] {{".lab-table-wrap", "Objects at this step"},
                {"#lab-log", "What happened, step by step"}, {"#lab-stdout", "Output"}}) {
            WebElement e = browser.findElement(By.cssSelector(region[0]));
            js("arguments[0].scrollTop = 0", e);
            assertThat(e.getAccessibleName()).as(region[0]).isEqualTo(region[1]);
            assertThat(e.getAttribute("tabindex")).as(region[0] + " is in the tab order").isEqualTo("0");
            e.sendKeys(Keys.PAGE_DOWN);
            e.sendKeys(Keys.ARROW_DOWN);
            // Keyboard scrolling is animated: under load the first frame of it may come late.
            wait.withMessage(region[0] + " scrolled by the keyboard")
                    .until(d -> ((Number) js("return arguments[0].scrollTop", e)).doubleValue() > 0);
        }
        browser.findElement(By.cssSelector(".CodeMirror-code")).click();
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        assertThat(((Number) js("return document.querySelector('.CodeMirror-scroll').scrollTop")).doubleValue())
                .as("the editor scrolls to its end").isPositive();
        assertThat(browser.switchTo().activeElement().getAccessibleName()).isEqualTo("Program code");
    }

    @Test
    void noSeriousAccessibilityViolationAtDesktopAndPhoneWidth() {
        for (int width : new int[] {1280, 360}) {
            openLab(width, 900);
            runPreset("An error stops the program (NameError)");
            assertThat(browser.findElements(By.cssSelector(".lab-error-marker"))).hasSize(1);
            Axe.assertNoSeriousViolations(browser, "/lab with an error marked, " + width + " px");
            runPreset("Two objects that point at each other");
            for (int n = 0; n < size(); n++) {
                go(n);
                if ("subtract_refs".equals(js("return window.StudyhallLab.stepPhase()"))) break;
            }
            browser.findElement(By.id("lab-find")).sendKeys("Node", Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("data-type")).isEqualTo("Node");
            Axe.assertNoSeriousViolations(browser, "/lab during a collection, an object jumped to, " + width + " px");
            close();
        }
    }

    private int stepOfKind(String kind) {
        for (int n = 0; n < size(); n++) {
            go(n);
            if (kind.equals(js("return window.StudyhallLab.stepKind()"))) return n;
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private List<String> frames() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#lab-svg .frame:not(.is-hidden) .frame-title'))"
                + ".map(t => t.textContent)");
    }
}
