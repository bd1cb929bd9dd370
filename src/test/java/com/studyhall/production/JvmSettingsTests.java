package com.studyhall.production;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory figures in docs/benchmarks.md hold only for the JVM settings they were taken with:
 * the image, {@code ./mvnw spring-boot:run} and the side-by-side script must use the same ones,
 * and the image must start from the class-data archive its training run wrote.
 */
class JvmSettingsTests {

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    private static String first(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in the file", pattern).isTrue();
        return matcher.group(1);
    }

    @Test
    void theImageTheMavenRunAndTheSideBySideScriptUseTheSameJvmSettings() throws IOException {
        String pom = first("<studyhall\\.jvm-options>([^<]+)</studyhall\\.jvm-options>", read("pom.xml"));
        String image = first("ENV JAVA_TOOL_OPTIONS=\"([^\"]+)\"", read("Dockerfile"));
        String script = first("DOCKERFILE_JAVA_OPTS = \"([^\"]+)\"", read("bench/side-by-side.py"));

        assertThat(pom).contains("-Xmx").isEqualTo(image).isEqualTo(script);
        assertThat(read("pom.xml")).contains("<jvmArguments>${studyhall.jvm-options}</jvmArguments>");
    }

    @Test
    void theImageStartsFromTheArchiveItsTrainingRunWroteForTheSameJar() throws IOException {
        String dockerfile = read("Dockerfile");
        String trained = first("-XX:ArchiveClassesAtExit=(\\S+) -Dspring\\.context\\.exit=onRefresh -jar (?:\\S+)", dockerfile);
        String trainedJar = first("-Dspring\\.context\\.exit=onRefresh -jar (\\S+)", dockerfile);

        assertThat(dockerfile).contains("\"-XX:SharedArchiveFile=" + trained + "\", \"-jar\", \"" + trainedJar + "\"");
    }
}
