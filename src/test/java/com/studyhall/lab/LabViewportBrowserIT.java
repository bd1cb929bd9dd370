package com.studyhall.lab;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The heap pane as a person uses it: Fit puts everything inside the pane, zoom and pan follow the
 * mouse, the fingers and the keyboard, "jump to object" brings one object into view and focuses
 * it, and objects keep their place while stepping.
 */
class LabViewportBrowserIT extends LabBrowserTest {

    static final String TWO_HUNDRED = "items = []\nfor i in range(200):\n    items.append([i])\nprint(len(items))\n";

    @Test
    void fitPutsTheWholeDiagramInsideThePaneAtDesktopAndPhoneWidth() {
        for (int width : new int[] {1280, 360}) {
            openLab(width, 900);
            runCode(TWO_HUNDRED);
            go(size() / 2);
            button("Zoom in").click();
            button("Zoom in").click();
            assertThat(overflow()).as("zoomed in at %d px, the picture is larger than its pane", width).isPositive();
            button("Fit").click();
            assertThat(overflow()).as("after Fit at %d px: %s", width, boxes()).isLessThanOrEqualTo(1.0);

            runPreset("Two objects that point at each other");
            goToPhase("move_unreachable");
            button("Fit").click();
            assertThat(overflow()).as("the collection, with its group outline and tags, after Fit at %d px: %s", width, boxes())
                    .isLessThanOrEqualTo(1.0);
            close();
        }
    }

    @Test
    void theKeyboardZoomsPansAndFitsInsideThePane() {
        openLab(1280, 1000);
        runCode(TWO_HUNDRED);
        WebElement pane = browser.findElement(By.id("lab-svg-wrap"));
        pane.sendKeys("0");
        double fitted = zoom();
        pane.sendKeys("+");
        assertThat(zoom()).as("+ zooms in").isCloseTo(fitted * 1.25, within(0.002));
        pane.sendKeys("+");
        double zoomed = zoom();
        double[] before = viewBox();
        pane.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
        assertThat(viewBox()[0]).as("Shift+→ shows more of the right").isGreaterThan(before[0]);
        pane.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_DOWN));
        assertThat(viewBox()[1]).as("Shift+↓ shows more of the bottom").isGreaterThan(before[1]);
        pane.sendKeys("-");
        assertThat(zoom()).as("− zooms out").isCloseTo(zoomed * 0.8, within(0.002));
        pane.sendKeys("0");
        assertThat(zoom()).as("0 fits again").isCloseTo(fitted, within(0.002));
        assertThat(overflow()).isLessThanOrEqualTo(1.0);
        assertThat(step()).as("zooming and panning do not step").isZero();
    }

    @Test
    void theMouseDragsTheDiagramWheelsItAndZoomsWithCtrlWheel() {
        openLab(1280, 1000);
        runCode(TWO_HUNDRED);
        WebElement pane = browser.findElement(By.id("lab-svg-wrap"));
        double scale = zoom();
        double[] before = viewBox();
        new Actions(browser).moveToElement(pane).clickAndHold().moveByOffset(80, 40).release().perform();
        double[] dragged = viewBox();
        assertThat(dragged[0]).as("dragging right moves the picture right").isCloseTo(before[0] - 80 / scale, within(2 / scale));
        assertThat(dragged[1]).isCloseTo(before[1] - 40 / scale, within(2 / scale));

        new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(pane), 0, 120).perform();
        assertThat(viewBox()[1]).as("the wheel pans down").isCloseTo(dragged[1] + 120 / scale, within(2 / scale));
        assertThat(zoom()).as("the wheel alone does not zoom").isEqualTo(scale);

        new Actions(browser).keyDown(Keys.CONTROL).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(pane), 0, -200)
                .keyUp(Keys.CONTROL).perform();
        assertThat(zoom()).as("Ctrl+wheel up zooms in").isGreaterThan(scale);
    }

    @Test
    void oneFingerPansAndTwoFingersPinchToZoomOnAPhone() {
        openLab(360, 800);
        runCode(TWO_HUNDRED);
        WebElement pane = browser.findElement(By.id("lab-svg-wrap"));
        js("arguments[0].scrollIntoView({block: 'center'})", pane);
        double scale = zoom();
        double[] before = viewBox();
        org.openqa.selenium.Rectangle r = pane.getRect();
        int cx = r.x + r.width / 2;
        int cy = (int) (r.y + r.height / 2 - ((Number) js("return window.scrollY")).doubleValue());

        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence swipe = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), cx, cy))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerMove(Duration.ofMillis(200), PointerInput.Origin.viewport(), cx - 60, cy - 30))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((RemoteWebDriver) browser).perform(List.of(swipe));
        assertThat(viewBox()[0]).as("a swipe left shows more of the right").isCloseTo(before[0] + 60 / scale, within(3 / scale));
        assertThat(zoom()).as("one finger does not zoom").isEqualTo(scale);

        PointerInput thumb = new PointerInput(PointerInput.Kind.TOUCH, "thumb");
        PointerInput index = new PointerInput(PointerInput.Kind.TOUCH, "index");
        Sequence a = new Sequence(thumb, 0), b = new Sequence(index, 0);
        a.addAction(thumb.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), cx - 20, cy))
                .addAction(thumb.createPointerDown(0))
                .addAction(thumb.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.viewport(), cx - 80, cy))
                .addAction(thumb.createPointerUp(0));
        b.addAction(index.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), cx + 20, cy))
                .addAction(index.createPointerDown(0))
                .addAction(index.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.viewport(), cx + 80, cy))
                .addAction(index.createPointerUp(0));
        ((RemoteWebDriver) browser).perform(List.of(a, b));
        assertThat(zoom()).as("spreading two fingers zooms in").isGreaterThan(scale * 1.5);
    }

    @Test
    void jumpToObjectBringsItIntoViewAndFocusesIt() {
        openLab(1280, 1000);
        runCode(TWO_HUNDRED);
        go(size() - 2);
        String last = String.valueOf(js("""
                return Math.max(...Array.from(document.querySelectorAll('#lab-svg .obj[data-type="list"]:not(.is-hidden)'))
                  .map(g => Number(g.getAttribute('data-object-id'))));"""));
        browser.findElement(By.id("lab-find")).sendKeys("#" + last, Keys.ENTER);

        WebElement status = browser.findElement(By.id("lab-find-status"));
        assertThat(status.getText()).isEqualTo("Showing list #" + last + ".");
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("data-object-id")).as("the object has the focus").isEqualTo(last);
        assertThat(focused.getAttribute("aria-label")).startsWith("list #" + last + ", refcount 1");
        assertThat(focused.getAttribute("class")).contains("is-found");
        assertThat(inside(rect("#lab-svg [data-object-id='" + last + "'] .box"), rect("#lab-svg-wrap")))
                .as("the object is inside the pane").isTrue();
        assertThat(zoom()).as("zoomed in far enough to read it").isGreaterThanOrEqualTo(0.8);
        assertThat(inside(rect("#lab-svg [data-object-id='" + last + "'] .box"), viewport()))
                .as("and the pane inside the window").isTrue();

        browser.findElement(By.id("lab-find")).clear();
        browser.findElement(By.id("lab-find")).sendKeys("99999", Keys.ENTER);
        assertThat(status.getText()).isEqualTo("No live object 99999 at this step.");
    }

    @Test
    void objectsAndTheGlobalFrameKeepTheirPlaceFromStepToStep() {
        openLab(1280, 1000);
        runCode("""
                def pair(x):
                    inner = [x, x]
                    return inner

                rows = []
                for i in range(4):
                    rows.append(pair([i]))
                table = {'rows': rows}
                del rows
                print(len(table['rows']))
                """);
        Map<String, String> first = new HashMap<>();
        int compared = 0;
        for (int n = 0; n < size(); n++) {
            go(n);
            @SuppressWarnings("unchecked")
            Map<String, String> places = (Map<String, String>) js("""
                    const out = {};
                    for (const g of document.querySelectorAll('#lab-svg .obj:not(.is-hidden), #lab-svg .frame:not(.is-hidden)')) {
                      const r = g.querySelector('rect').getBoundingClientRect();
                      out[g.getAttribute('data-object-id') || g.getAttribute('data-frame-id')] = r.x.toFixed(1) + ',' + r.y.toFixed(1);
                    }
                    return out;""");
            for (Map.Entry<String, String> place : places.entrySet()) {
                if (place.getKey().startsWith("frame:") && !place.getKey().startsWith("frame:0:")) continue;
                String was = first.putIfAbsent(place.getKey(), place.getValue());
                if (was != null) {
                    compared++;
                    assertThat(place.getValue()).as("%s at step %d", place.getKey(), n).isEqualTo(was);
                }
            }
        }
        assertThat(compared).as("objects seen on more than one step").isGreaterThan(50);
    }

    private void goToPhase(String phase) {
        for (int n = 0; n < size(); n++) {
            go(n);
            if (phase.equals(js("return window.StudyhallLab.stepPhase()"))) return;
        }
        throw new AssertionError("no step in phase " + phase);
    }

    private double zoom() {
        return Double.parseDouble(browser.findElement(By.id("lab-svg-wrap")).getAttribute("data-zoom"));
    }

    private double[] viewBox() {
        String[] parts = ((String) js("return document.getElementById('lab-svg').getAttribute('viewBox')")).split(" ");
        double[] box = new double[parts.length];
        for (int i = 0; i < parts.length; i++) box[i] = Double.parseDouble(parts[i]);
        return box;
    }

    /** How far (px) anything drawn at this step reaches outside the pane; 0 or less when all of it is inside. */
    private double overflow() {
        return ((Number) js("""
                const pane = document.getElementById('lab-svg-wrap').getBoundingClientRect();
                let worst = -Infinity;
                for (const e of document.querySelectorAll('#lab-svg .obj:not(.is-hidden), #lab-svg .frame:not(.is-hidden),'
                    + ' #lab-svg .edge:not(.is-hidden) path, #lab-svg .gc-group, #lab-svg .edge-note:not(.is-hidden)')) {
                  const r = e.getBoundingClientRect();
                  if (!r.width && !r.height) continue;
                  worst = Math.max(worst, pane.left - r.left, r.right - pane.right, pane.top - r.top, r.bottom - pane.bottom);
                }
                return worst;""")).doubleValue();
    }

    /** The pane's and the drawing's rectangles, for a failure's message. */
    private Object boxes() {
        return js("""
                const pane = document.getElementById('lab-svg-wrap').getBoundingClientRect();
                const all = document.querySelector('#lab-svg').getBBox();
                return 'pane ' + JSON.stringify(pane) + ' drawing ' + JSON.stringify({x: all.x, y: all.y, w: all.width, h: all.height})
                  + ' viewBox ' + document.querySelector('#lab-svg').getAttribute('viewBox');""");
    }

    private double[] rect(String css) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.left, r.top, r.right, r.bottom];", css);
        return r.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private double[] viewport() {
        return new double[] {0, 0, ((Number) js("return window.innerWidth")).doubleValue(),
                ((Number) js("return window.innerHeight")).doubleValue()};
    }

    private static boolean inside(double[] inner, double[] outer) {
        return inner[0] >= outer[0] - 1 && inner[1] >= outer[1] - 1 && inner[2] <= outer[2] + 1 && inner[3] <= outer[3] + 1;
    }
}
