package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.storage.FileStore;
import com.studyhall.study.LessonPartRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A file store whose disk is full fails the way the JDK reports ENOSPC (an IOException "No space
 * left on device", as measured on a full tmpfs): the editor is told, nothing changes, no 500.
 */
@StudyhallIntegrationTest
@Import(StudioFixtures.class)
class FullFileStoreTests {

    @Autowired MockMvc mvc;
    @Autowired StudioFixtures fixtures;
    @Autowired LessonPartRepository parts;
    @MockitoBean FileStore files;

    @Test
    void anUploadToAFullDiskIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        given(files.put(any(InputStream.class), anyLong())).willThrow(new IOException("No space left on device"));
        long id = fixtures.firstLessonPart(AudioUploadTests.COURSE, AudioUploadTests.SECTION);
        String before = parts.findById(id).orElseThrow().getAudioFileKey();
        byte[] mp3 = new byte[2048];
        System.arraycopy("ID3\u0004\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, mp3, 0, 5);

        mvc.perform(multipart("/studio/courses/" + AudioUploadTests.COURSE + "/sections/" + AudioUploadTests.SECTION
                        + "/lessons/" + id + "/audio").file(new MockMultipartFile("file", "a.mp3", "audio/mpeg", mp3))
                        .session(DemoUsers.INSTRUCTOR.logIn(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("uploadError", LessonStudio.STORE_FAILED));
        assertThat(parts.findById(id).orElseThrow().getAudioFileKey()).isEqualTo(before);
    }
}
