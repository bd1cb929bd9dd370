package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The re module (expectations are python3 3.11.7's output), and what stays refused before the run. */
class RegexModuleTest {
    private static String stdout(String code) {
        return EngineRuns.stdoutPatiently(code);
    }

    private static String refusal(String code) {
        SimulationResult r = runPatiently(code);
        assertThat(r.diagnostics()).as("diagnostics of %s", code).hasSize(1);
        return r.diagnostics().get(0).message();
    }

    @Test
    void regexCallsMatchCPython() {
        assertThat(stdout("import re\nprint(re.findall(r'\\w+', 'héllo wörld 42'), re.sub(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2'))\n"))
                .isEqualTo("['héllo', 'wörld', '42'] 1a 2b\n");
        assertThat(stdout("import re\nm = re.search(r'(?P<k>\\w+)=(?P<v>\\d+)', 'x: k=12')\nprint(m, m.groupdict(), m.lastgroup, m.span('v'))\n"))
                .isEqualTo("<re.Match object; span=(3, 7), match='k=12'> {'k': 'k', 'v': '12'} v (5, 7)\n");
        assertThat(stdout("import re\nprint(re.split(r'x*', 'axbc'), re.sub('x*', '-', 'abxd'), re.findall('^', 'a\\n', re.M))\n"))
                .isEqualTo("['', 'a', '', 'b', 'c', ''] -a-b--d- ['', '']\n");
    }

    @Test
    void patternsTheLabCannotCheckAreRefusedBeforeTheRun() {
        assertThat(refusal("import re\np = 'a'\nre.search(p, 'a')\n")).isEqualTo("line 3: a re pattern that is not a str literal is not supported in the memory lab");
        assertThat(refusal("import re\nre.search('(a)(?(1)b|c)', 'ab')\n")).contains("conditional groups");
        assertThat(refusal("import re\nre.search('a{2,1}', 'a')\n")).contains("min repeat greater than max repeat");
        assertThat(refusal("import re\nre.sub('(a)', r'\\2', 'a')\n")).contains("invalid group reference 2");
        assertThat(refusal("import re\nrepl = 'x'\nre.sub('a', repl, 'a')\n")).contains("a replacement that is not a str literal");
        assertThat(refusal("from re import search\n")).contains("'from re import ...'");
        assertThat(refusal("import re\nprint(re.I)\n")).contains("re.I outside a flags argument");
        assertThat(refusal("import re\nf = re.search\n")).contains("re.search other than called directly");
        assertThat(refusal("import re\nre.purge()\n")).contains("'re.purge'");
        assertThat(refusal("import re\nm = re.search('a', 'a')\nprint(m.expand('x'))\n")).contains("expand");
    }

    @Test
    void aProgramUsingReMayNotObserveTheCollector() {
        assertThat(refusal("import re, gc\nre.search('a', 'a')\nprint(gc.get_count())\n")).contains("observing the collector");
        assertThat(refusal("import re, sys\np = re.compile('a')\nprint(sys.getsizeof(p))\n")).contains("sys.getsizeof");
        assertThat(stdout("import re, gc, sys\nm = re.match('(a)', 'ab')\nprint(gc.is_tracked(m), sys.getsizeof(m))\n"))
                .isEqualTo("True 136\n");
    }

    /** Generated programs (src/test/resources/engine/gen_regex_*.py): 70 patterns on varied texts, then flags and Unicode case folding. */
    @Test
    void generatedCasesPrintWhatCPythonPrinted() throws Exception {
        for (String name : java.util.List.of("regex_cases", "regex_flag_cases")) {
            String code = resource("/engine/" + name + ".py");
            Limits limits = new Limits(1_000_000, 10_000_000, 100_000, 1_000, java.time.Duration.ofSeconds(60), 1024 * 1024);
            SimulationResult r = new Simulator().run(new SimulationRequest(code, limits, false));
            assertThat(r.diagnostics()).as(name).isEmpty();
            assertThat(r.error()).as(name).isNull();
            assertThat(r.stdout()).as(name).isEqualTo(resource("/engine/" + name + ".out"));
        }
    }

    private static String resource(String path) throws java.io.IOException {
        try (java.io.InputStream in = RegexModuleTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
