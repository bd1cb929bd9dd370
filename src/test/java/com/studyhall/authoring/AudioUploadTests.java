package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.study.LessonPartRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** Recordings for lesson parts: the type comes from the bytes, the size is capped at 50 MB. */
@StudyhallIntegrationTest
@Import(StudioFixtures.class)
class AudioUploadTests {

    static final String COURSE = "typography-for-interfaces";
    static final String SECTION = "choosing-and-pairing-typefaces";

    @Autowired
    MockMvc mvc;

    @Autowired
    StudioFixtures fixtures;

    @Autowired
    LessonPartRepository parts;

    @Test
    void acceptsEachFormatByItsMagicNumber() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        upload(ines, "a.mp3", withHead("ID3\u0004\u0000", 2048)).andExpect(flash().attribute("notice", "Recording uploaded (MP3)."));
        upload(ines, "b.bin", frameSync()).andExpect(flash().attribute("notice", "Recording uploaded (MP3)."));
        upload(ines, "c.ogg", withHead("OggS\u0000\u0002", 2048)).andExpect(flash().attribute("notice", "Recording uploaded (OGG)."));
        upload(ines, "d.m4a", withHead("\u0000\u0000\u0000\u0020ftypM4A ", 2048)).andExpect(flash().attribute("notice", "Recording uploaded (M4A)."));
        upload(ines, "e.wav", withHead("RIFF\u0024\u0000\u0000\u0000WAVEfmt ", 2048)).andExpect(flash().attribute("notice", "Recording uploaded (WAV)."));
        long id = fixtures.firstLessonPart(COURSE, SECTION);
        assertThat(parts.findById(id).orElseThrow().getAudioContentType()).isEqualTo("audio/wav");
    }

    @Test
    void refusesAFileThatOnlyClaimsToBeAudio() throws Exception {
        upload(DemoUsers.INSTRUCTOR.logIn(mvc), "song.mp3", "<html>not audio</html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(flash().attribute("uploadError", org.hamcrest.Matchers.containsString("not an MP3, OGG, M4A or WAV")));
    }

    @Test
    void refusesA60MegabyteRecordingWithAClearMessage() throws Exception {
        upload(DemoUsers.INSTRUCTOR.logIn(mvc), "long.mp3", withHead("ID3\u0004\u0000", 60 * 1024 * 1024))
                .andExpect(flash().attribute("uploadError", org.hamcrest.Matchers.containsString("larger than 50 MB")));
    }

    private org.springframework.test.web.servlet.ResultActions upload(MockHttpSession session, String name, byte[] bytes)
            throws Exception {
        long id = fixtures.firstLessonPart(COURSE, SECTION);
        return mvc.perform(multipart("/studio/courses/" + COURSE + "/sections/" + SECTION + "/lessons/" + id + "/audio")
                .file(new MockMultipartFile("file", name, "audio/mpeg", bytes)).session(session).with(csrf()));
    }

    private static byte[] withHead(String head, int size) {
        byte[] bytes = new byte[size];
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static byte[] frameSync() {
        byte[] bytes = new byte[1024];
        Arrays.fill(bytes, (byte) 0);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFB;
        return bytes;
    }
}
