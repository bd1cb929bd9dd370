package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One editor saves an item another editor deleted meanwhile: no 404, the text survives and can come back. */
@StudyhallIntegrationTest
class EditAgainstDeleteTests {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    MockHttpSession ines;
    MockHttpSession ada;
    String section;

    @BeforeEach
    void courseWithASection() throws Exception {
        ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ada = DemoUsers.ADMIN.logIn(mvc);
        String slug = "deleted-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/studio/courses").session(ines).with(csrf()).param("title", "Deleted meanwhile " + slug)
                .param("slug", slug).param("category", "Technology").param("level", "BEGINNER")
                .param("tagline", "Nothing lost.").param("description", "Edits against deletes.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(ines).with(csrf())
                .param("title", "Only section").param("slug", "only").param("overview", "Here.")).andExpect(status().is3xxRedirection());
        section = "/studio/courses/" + slug + "/sections/only";
    }

    @Test
    void savingAFlashcardSomeoneDeletedKeepsTheTextAndRestoresIt() throws Exception {
        mvc.perform(post(section + "/flashcards").session(ines).with(csrf())
                .param("values[front]", "Front before").param("values[back]", "Back before")).andExpect(status().is3xxRedirection());
        String id = firstId("flashcards");
        String form = page(section + "/flashcards/" + id, ines);

        mvc.perform(post(section + "/flashcards/" + id + "/delete").session(ada).with(csrf())).andExpect(status().is3xxRedirection());

        String kept = mvc.perform(post(section + "/flashcards/" + id).session(ines).with(csrf()).param("version", version(form))
                        .param("values[front]", "Front typed by Ines").param("values[back]", "Back typed by Ines"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("was deleted by Ada Admin at ", "Front typed by Ines", "Back typed by Ines",
                "Restore with this text", "action=\"" + section + "/flashcards\"");

        mvc.perform(post(section + "/flashcards").session(ines).with(csrf())
                .param("values[front]", "Front typed by Ines").param("values[back]", "Back typed by Ines"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(section, ines)).contains("Front typed by Ines");
    }

    @Test
    void savingAQuestionSomeoneDeletedKeepsEveryFieldAndRestoresIt() throws Exception {
        mvc.perform(post(section + "/questions").session(ines).with(csrf()).param("type", "SINGLE_CHOICE")
                .param("prompt", "Prompt before").param("explanation", "Why before").param("points", "1")
                .param("options[0].text", "Yes").param("options[0].correct", "true")
                .param("options[1].text", "No")).andExpect(status().is3xxRedirection());
        String id = firstId("questions");
        String form = page(section + "/questions/" + id, ines);

        mvc.perform(post(section + "/questions/" + id + "/delete").session(ada).with(csrf())).andExpect(status().is3xxRedirection());

        String kept = mvc.perform(post(section + "/questions/" + id).session(ines).with(csrf()).param("version", version(form))
                        .param("type", "SINGLE_CHOICE").param("prompt", "Prompt typed by Ines").param("explanation", "Why typed")
                        .param("points", "2").param("options[0].text", "Yes, typed").param("options[0].correct", "true")
                        .param("options[1].text", "No, typed"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("This question was deleted by Ada Admin", "Prompt typed by Ines", "Why typed",
                "Yes, typed", "No, typed", "Restore with this text", "action=\"" + section + "/questions\"");
    }

    @Test
    void savingALessonPartSomeoneDeletedKeepsTheTurnsAndBringsTheSamePartBackFromTheTrash() throws Exception {
        mvc.perform(post(section + "/lessons").session(ines).with(csrf()).param("title", "Part before")
                .param("keyTakeaway", "Takeaway before").param("turns[0].role", "TEACHER")
                .param("turns[0].speaker", "Ms Rao").param("turns[0].text", "Turn before")).andExpect(status().is3xxRedirection());
        String id = firstId("lessons");
        String form = page(section + "/lessons/" + id, ines);

        mvc.perform(post(section + "/lessons/" + id + "/delete").session(ada).with(csrf())).andExpect(status().is3xxRedirection());

        String kept = mvc.perform(post(section + "/lessons/" + id).session(ines).with(csrf()).param("version", version(form))
                        .param("title", "Part typed by Ines").param("keyTakeaway", "Takeaway typed")
                        .param("turns[0].role", "TEACHER").param("turns[0].speaker", "Ms Rao").param("turns[0].text", "Turn typed"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("This lesson part was deleted by Ada Admin", "Part typed by Ines", "Turn typed",
                "Restore with this text", "action=\"" + section + "/lessons\"", "name=\"trashedId\" value=\"" + id + "\"");

        mvc.perform(post(section + "/lessons").session(ines).with(csrf()).param("trashedId", id)
                .param("title", "Part typed by Ines").param("keyTakeaway", "Takeaway typed")
                .param("turns[0].role", "TEACHER").param("turns[0].speaker", "Ms Rao").param("turns[0].text", "Turn typed"))
                .andExpect(status().is3xxRedirection());
        assertThat(firstId("lessons")).as("the same part, back from the trash").isEqualTo(id);
        assertThat(page(section + "/lessons/" + id, ines)).contains("Part typed by Ines", "Turn typed");
        assertThat(page(section.replace("/sections/only", "/trash"), ines)).contains("The trash is empty.");
    }

    @Test
    void restoringAFlashcardWithTheTypedTextBringsBackTheSameCardWhereItStood() throws Exception {
        for (String front : new String[] {"First", "Second", "Third"}) {
            mvc.perform(post(section + "/flashcards").session(ines).with(csrf())
                    .param("values[front]", front).param("values[back]", "Back")).andExpect(status().is3xxRedirection());
        }
        Matcher ids = Pattern.compile("/flashcards/(\\d+)\"").matcher(page(section, ines));
        ids.find();
        ids.find();
        String second = ids.group(1);
        String form = page(section + "/flashcards/" + second, ines);
        mvc.perform(post(section + "/flashcards/" + second + "/delete").session(ada).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(post(section + "/flashcards").session(ines).with(csrf()).param("trashedId", second)
                .param("values[front]", "Second, typed").param("values[back]", "Back")).andExpect(status().is3xxRedirection());

        String outline = page(section, ines);
        assertThat(outline.indexOf("First")).isLessThan(outline.indexOf("Second, typed"));
        assertThat(outline.indexOf("Second, typed")).isLessThan(outline.indexOf("Third"));
        assertThat(outline).contains("/flashcards/" + second + "\"");
        assertThat(form).contains("Second");
    }

    private String firstId(String path) throws Exception {
        Matcher item = Pattern.compile("/" + path + "/(\\d+)\"").matcher(page(section, ines));
        assertThat(item.find()).isTrue();
        return item.group(1);
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String version(String form) {
        Matcher version = VERSION.matcher(form);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
