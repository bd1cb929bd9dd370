package com.studyhall.review;

import com.studyhall.accounts.Initials;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.CourseOverview;
import com.studyhall.catalog.CourseRating;
import com.studyhall.catalog.CourseReviews;
import com.studyhall.catalog.CourseReviews.Standing;
import com.studyhall.catalog.LearnerProgress;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.review.ReviewsView.Eligibility;
import com.studyhall.review.ReviewsView.ReviewView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Ratings and reviews: who may write one (an enrolled learner who finished a section), edits that
 * keep the earlier wording, the instructor's reply, and admins hiding and showing reviews with a
 * reason kept in the audit log. Also the ratings the catalog shows ({@link CourseReviews}).
 */
@Service
public class CourseReviewService implements CourseReviews {

    private final CourseReviewRepository reviews;
    private final CourseReviewEditRepository edits;
    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final ObjectProvider<LearnerProgress> progress;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final KeptReviews kept;

    CourseReviewService(CourseReviewRepository reviews, CourseReviewEditRepository edits, CatalogService catalog,
                  EnrollmentService enrollments, ObjectProvider<LearnerProgress> progress,
                  UserAccountRepository users, AuditLog audit, Clock clock, KeptReviews kept) {
        this.kept = kept;
        this.reviews = reviews;
        this.edits = edits;
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.progress = progress;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CourseRating> ratings(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CourseRating> ratings = new HashMap<>();
        for (Object[] row : reviews.ratings(courseIds)) {
            ratings.put((Long) row[0], new CourseRating(((Number) row[2]).doubleValue(), ((Number) row[1]).longValue()));
        }
        return ratings;
    }

    @Override
    public ReviewsView block(CourseOverview course, Viewer viewer, Standing standing) {
        KeptReviews.CourseReviewList list = kept.get(course.id(), () -> readReviews(course.id()));
        List<ReviewView> shown = list.all().stream()
                .filter(r -> !r.isHidden() || viewer.admin() || Objects.equals(r.getLearnerId(), viewer.userId()))
                .map(r -> view(r, list.names().get(r.getLearnerId()), viewer))
                .toList();
        ReviewView own = shown.stream().filter(ReviewView::own).findFirst().orElse(null);
        boolean teaches = Objects.equals(viewer.userId(), course.instructor().id());
        return new ReviewsView(course.slug(), list.rating(), shown, own, eligibility(viewer, teaches, standing),
                viewer.admin() || (viewer.instructor() && teaches), viewer.admin());
    }

    /** Every review of the course, newest first, and its writers' names, in two statements. */
    private KeptReviews.CourseReviewList readReviews(long courseId) {
        List<CourseReview> all = reviews.findByCourseIdOrderByUpdatedAtDescIdDesc(courseId);
        Map<Long, String> names = users.findAllById(all.stream().map(CourseReview::getLearnerId).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        return new KeptReviews.CourseReviewList(all, names);
    }

    /** The viewer's own review with every earlier wording, newest first, for the review page. */
    @Transactional(readOnly = true)
    public OwnReview own(String courseSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        var review = viewer.isLoggedIn() ? reviews.findByCourseIdAndLearnerId(course.getId(), viewer.userId()) : java.util.Optional.<CourseReview>empty();
        return new OwnReview(course.getSlug(), course.getTitle(), eligibility(course, viewer),
                review.map(CourseReview::getRating).orElse(0), review.map(CourseReview::getBody).orElse(""),
                review.map(r -> edits.findByReviewIdOrderByWrittenAtDescIdDesc(r.getId()).stream()
                        .map(e -> new OwnReview.Earlier(e.getRating(), e.getBody(), e.getWrittenAt())).toList())
                        .orElse(List.of()));
    }

    /** Writes the viewer's review, or rewrites it keeping the earlier wording. */
    @Transactional
    public void write(String courseSlug, Viewer viewer, int rating, String body) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        Eligibility eligibility = eligibility(course, viewer);
        if (!eligibility.allowed()) {
            throw new AccessDeniedException(eligibility.reason());
        }
        String text = body == null ? "" : body.strip();
        kept.changed(course.getId());
        var existing = reviews.findByCourseIdAndLearnerId(course.getId(), viewer.userId());
        if (existing.isEmpty()) {
            reviews.save(new CourseReview(course.getId(), viewer.userId(), rating, text, clock.instant()));
            return;
        }
        CourseReview review = existing.get();
        if (review.getRating() != rating || !review.getBody().equals(text)) {
            edits.save(new CourseReviewEdit(review));
            review.rewrite(rating, text, clock.instant());
        }
    }

    /** The course's instructor (or an admin) answers a review; an empty text removes the reply. */
    @Transactional
    public void reply(String courseSlug, long reviewId, Viewer viewer, String text) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        if (!viewer.canEdit(course)) {
            throw new AccessDeniedException("Only the course's instructor replies to its reviews");
        }
        String reply = text == null ? "" : text.strip();
        kept.changed(course.getId());
        review(course, reviewId).reply(reply.isEmpty() ? null : reply, reply.isEmpty() ? null : clock.instant());
    }

    /** An admin hides a review from visitors, with a reason the audit log keeps. */
    @Transactional
    public void hide(String courseSlug, long reviewId, Viewer viewer, String reason) {
        Course course = requireAdmin(courseSlug, viewer);
        CourseReview review = review(course, reviewId);
        kept.changed(course.getId());
        review.hide(reason.strip(), clock.instant());
        audit.record(AuditKind.REVIEW_HIDDEN, subject(course, review), reason.strip());
    }

    /** An admin shows a hidden review again; the audit log keeps that too. */
    @Transactional
    public void show(String courseSlug, long reviewId, Viewer viewer) {
        Course course = requireAdmin(courseSlug, viewer);
        CourseReview review = review(course, reviewId);
        String reason = review.getHiddenReason();
        kept.changed(course.getId());
        review.show();
        audit.record(AuditKind.REVIEW_SHOWN, subject(course, review), "was hidden: " + reason);
    }

    private Course requireAdmin(String courseSlug, Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Only admins hide and show reviews");
        }
        return catalog.visibleCourse(courseSlug, viewer);
    }

    private static String subject(Course course, CourseReview review) {
        return "review " + review.getId() + " of " + course.getSlug();
    }

    private CourseReview review(Course course, long reviewId) {
        return reviews.findById(reviewId).filter(r -> r.getCourseId() == course.getId())
                .orElseThrow(() -> new CourseNotFoundException("Review " + reviewId));
    }

    private Eligibility eligibility(Course course, Viewer viewer) {
        if (!viewer.isLoggedIn()) {
            return Eligibility.SIGN_IN;
        }
        boolean teaches = course.isOwnedBy(viewer.userId());
        boolean enrolled = !teaches && enrollments.isEnrolled(viewer.userId(), course.getId());
        boolean finishedOne = enrolled && progress.getIfAvailable() != null && progress.getObject()
                .of(viewer.userId(), course.getId()).finishedASection();
        return eligibility(viewer, teaches, new Standing(enrolled, finishedOne));
    }

    private static Eligibility eligibility(Viewer viewer, boolean teaches, Standing standing) {
        if (!viewer.isLoggedIn()) {
            return Eligibility.SIGN_IN;
        }
        if (teaches) {
            return Eligibility.TEACHES;
        }
        if (!standing.enrolled()) {
            return Eligibility.ENROLL;
        }
        return standing.finishedASection() ? Eligibility.MAY_REVIEW : Eligibility.FINISH_A_SECTION;
    }

    private ReviewView view(CourseReview r, String learnerName, Viewer viewer) {
        String name = learnerName == null ? "A former learner" : learnerName;
        return new ReviewView(r.getId(), name, Initials.of(name), r.getRating(), r.getBody(), r.getCreatedAt(),
                r.getUpdatedAt().isAfter(r.getCreatedAt()), r.getReply(), r.getRepliedAt(), r.isHidden(),
                viewer.admin() || Objects.equals(r.getLearnerId(), viewer.userId()) ? r.getHiddenReason() : null,
                Objects.equals(r.getLearnerId(), viewer.userId()));
    }
}
