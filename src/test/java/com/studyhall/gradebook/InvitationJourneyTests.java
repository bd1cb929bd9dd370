package com.studyhall.gradebook;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.LinkTokens;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An instructor invites people by email: accounts are enrolled at once, others when they sign up. */
@StudyhallIntegrationTest
class InvitationJourneyTests {

    static final String STUDIO = GradebookJourneyTests.STUDIO;
    static final Pattern LINK = Pattern.compile("http://localhost(/invitations/(" + LinkTokens.PATTERN + "))");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CourseRepository courses;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExistingAccountIsEnrolledAtOnceAndAnUnknownAddressOnSigningUpThroughItsLink() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UserAccount existing = accounts.create(new NewAccount("has-" + tag + "@example.com", "Has Account",
                "a long enough passphrase"), Set.of(Role.LEARNER));
        String invited = "new-" + tag + "@example.com";
        long course = courses.findBySlug(GradebookJourneyTests.COURSE).orElseThrow().getId();
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);

        String page = mvc.perform(post(STUDIO + "/learners/invite").session(instructor).with(csrf())
                        .param("addresses", "HAS-" + tag + "@example.com, " + invited + "\n" + invited))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(enrollments.isEnrolled(existing.getId(), course)).isTrue();
        assertThat(page).contains("Enrolled now (they have accounts): has-" + tag + "@example.com", "Waiting for sign-up");
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the sign-up link on the page").isTrue();
        assertThat(link.find()).as("an address typed twice is invited once").isFalse();
        String token = linkToken(page);
        assertThat(jdbc.queryForObject("select token_hash from course_invitation where email = ?", String.class, invited))
                .isEqualTo(LinkTokens.hash(token));

        String landing = mvc.perform(get("/invitations/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(landing).contains("You are invited to Typography for Interfaces", invited,
                "/signup?email=" + invited + "&amp;next=/my");
        mvc.perform(get("/signup").param("email", invited).param("next", "/my"))
                .andExpect(content().string(containsString("value=\"" + invited + "\"")));

        MockHttpSession newcomer = new MockHttpSession();
        mvc.perform(post("/signup").session(newcomer).with(csrf()).with(DemoUsers.from("10.15.0." + (tag.charAt(0) % 200)))
                        .param("email", invited).param("displayName", "Invited Newcomer")
                        .param("password", "a long enough passphrase").param("next", "/my"))
                .andExpect(redirectedUrl("/my"));
        mvc.perform(get("/my").session(newcomer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Typography for Interfaces")));
        mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());

        String learners = mvc.perform(get(STUDIO + "/learners").session(instructor)).andReturn().getResponse().getContentAsString();
        assertThat(learners).contains("Invited Newcomer").doesNotContain(">" + invited + "</th>");
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        String audit = mvc.perform(get("/admin/audit").param("q", tag).session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("Learners invited", "Learner enrolled by an instructor", "Invitation accepted");
    }

    @Test
    void badAddressesAnswer400AndKeepTheListWhileNobodyIsInvited() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String typed = "good-" + tag + "@example.com; not-an-address, also@bad";
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        mvc.perform(post(STUDIO + "/learners/invite").session(instructor).with(csrf()).param("addresses", typed))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("These are not email addresses: not-an-address, also@bad")))
                .andExpect(content().string(containsString(typed)));
        assertThat(jdbc.queryForObject("select count(*) from course_invitation where email = ?", Integer.class,
                "good-" + tag + "@example.com")).isZero();
        mvc.perform(post(STUDIO + "/learners/invite").session(instructor).with(csrf()).param("addresses", " , "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Enter at least one email address.")));
        mvc.perform(post(STUDIO + "/learners/invite").session(instructor).with(csrf())
                        .param("addresses", "x".repeat(Invitations.MAX_CHARACTERS + 1)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("at most")));
    }

    @Test
    void aRevokedOrRenewedInvitationsOldLinkNoLongerWorksAndOthersCannotTouchIt() throws Exception {
        String invited = "revoked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        String first = linkToken(mvc.perform(post(STUDIO + "/learners/invite").session(instructor).with(csrf())
                .param("addresses", invited)).andReturn().getResponse().getContentAsString());
        String second = linkToken(mvc.perform(post(STUDIO + "/learners/invite").session(instructor).with(csrf())
                .param("addresses", invited)).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/invitations/" + first)).andExpect(status().isNotFound());
        mvc.perform(get("/invitations/" + second)).andExpect(status().isOk());

        long id = jdbc.queryForObject("select id from course_invitation where email = ?", Long.class, invited);
        mvc.perform(post("/studio/courses/negotiation-fundamentals/learners/invitations/" + id + "/revoke")
                .session(DemoUsers.ADMIN.logIn(mvc)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(STUDIO + "/learners/invitations/" + id + "/revoke").session(DemoUsers.LEARNER.logIn(mvc)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(STUDIO + "/learners/invitations/" + id + "/revoke").session(instructor).with(csrf()))
                .andExpect(redirectedUrl(STUDIO + "/learners"));
        mvc.perform(get("/invitations/" + second)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("does not work")));
        assertThat(jdbc.queryForObject("select count(*) from course_invitation where email = ?", Integer.class, invited)).isZero();
    }

    private static String linkToken(String page) {
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("a sign-up link on the page").isTrue();
        return link.group(2);
    }
}
