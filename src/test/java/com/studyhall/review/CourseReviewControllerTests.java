package com.studyhall.review;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.catalog.Viewer;
import com.studyhall.security.Navigation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reviews controller alone: what it validates before the service, and how it answers. */
// Only the review package's web beans: other features' filters and configurers need their own services.
@WebMvcTest(controllers = CourseReviewController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.studyhall\\.(?!review\\.).*"))
@Import(Navigation.class)
class CourseReviewControllerTests {

    static final StudyhallUser LEARNER = new StudyhallUser(41, "rita@example.com", "Rita", "", true,
            List.of(new SimpleGrantedAuthority("ROLE_" + Role.LEARNER.name())), 0);
    static final StudyhallUser ADMIN = new StudyhallUser(1, "ada@example.com", "Ada", "", true,
            List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name())), 0);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CourseReviewService reviews;

    @Test
    void aValidReviewIsWrittenForTheSignedInLearnerAndLeadsBackToTheReviews() throws Exception {
        when(reviews.own(eq("c"), any())).thenReturn(new OwnReview("c", "C", ReviewsView.Eligibility.MAY_REVIEW, 0, "", List.of()));
        mvc.perform(post("/courses/c/review").with(user(LEARNER)).with(csrf()).param("rating", "4").param("body", "Good"))
                .andExpect(redirectedUrl("/courses/c#reviews"));
        verify(reviews).write("c", Viewer.of(LEARNER), 4, "Good");
    }

    @Test
    void aMissingRatingIsA400AndNothingIsWritten() throws Exception {
        when(reviews.own(eq("c"), any())).thenReturn(new OwnReview("c", "C", ReviewsView.Eligibility.MAY_REVIEW, 0, "", List.of()));
        mvc.perform(post("/courses/c/review").with(user(LEARNER)).with(csrf()).param("body", "No stars"))
                .andExpect(status().isBadRequest());
        verify(reviews, never()).write(anyString(), any(), anyInt(), anyString());
    }

    @Test
    void aViewerWhoMayNotReviewIsRefusedWith403BeforeAnythingIsWritten() throws Exception {
        when(reviews.own(eq("c"), any())).thenReturn(new OwnReview("c", "C", ReviewsView.Eligibility.ENROLL, 0, "", List.of()));
        mvc.perform(post("/courses/c/review").with(user(LEARNER)).with(csrf()).param("rating", "5"))
                .andExpect(status().isForbidden());
        verify(reviews, never()).write(anyString(), any(), anyInt(), anyString());
    }

    @Test
    void hidingWithoutAReasonIsA400AndHidesNothing() throws Exception {
        mvc.perform(post("/courses/c/reviews/7/hide").with(user(ADMIN)).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest());
        verify(reviews, never()).hide(anyString(), anyLong(), any(), anyString());
    }

    @Test
    void aLearnerMayNotHideEvenWithAReason() throws Exception {
        mvc.perform(post("/courses/c/reviews/7/hide").with(user(LEARNER)).with(csrf()).param("reason", "Spam"))
                .andExpect(status().isForbidden());
        verify(reviews, never()).hide(anyString(), anyLong(), any(), anyString());
    }

    @Test
    void hidingWithAReasonPassesTheReasonOn() throws Exception {
        mvc.perform(post("/courses/c/reviews/7/hide").with(user(ADMIN)).with(csrf()).param("reason", "Spam"))
                .andExpect(redirectedUrl("/courses/c#review-7"));
        verify(reviews).hide("c", 7, Viewer.of(ADMIN), "Spam");
    }

    @Test
    void aReplyLongerThan2000CharactersIsA400() throws Exception {
        mvc.perform(post("/courses/c/reviews/7/reply").with(user(ADMIN)).with(csrf()).param("reply", "x".repeat(2001)))
                .andExpect(status().isBadRequest());
        verify(reviews, never()).reply(anyString(), anyLong(), any(), anyString());
    }
}
