package com.studyhall.authoring;

import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.DemoSecondFactor;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.StorefrontService;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.resilience.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo users and courses when {@code app.demo-data=true}. Safe to run on every start:
 * what already exists (a user by email, a course by slug) is left as it is. Nodes starting together
 * on an empty database take turns (a cluster lock), so the second finds the first one's data.
 * {@link StartupContent} calls it once the application is ready.
 * <p>
 * Always a bean, the setting read when it runs: Spring AOT fixes the bean graph at build time, so a
 * condition on the setting would freeze the build's value into the jar.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    record DemoUser(String email, String displayName, String password, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("learner@example.com", "Lena Learner", "learner-pass-2026", Set.of(Role.LEARNER)),
            new DemoUser("newbie@example.com", "Nico Newbie", "newbie-pass-2026", Set.of(Role.LEARNER)),
            new DemoUser("instructor@example.com", "Ines Instructor", "instructor-pass-2026",
                    Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            new DemoUser("admin@example.com", "Ada Admin", "admin-pass-2026",
                    Set.of(Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN)));

    /** The demo instructor's bio, shown on the flagship course page. */
    static final java.util.Map<String, String> BIOS = java.util.Map.of("instructor@example.com",
            "Ines teaches how Python works underneath. Every lesson of hers is built around small programs you can "
                    + "run step by step in the memory lab, and every number in them is checked against CPython 3.11, "
                    + "with a note wherever 3.12 or later behave differently.");

    private final AccountService accounts;
    private final DemoSecondFactor secondFactor;
    private final com.studyhall.accounts.ProfileService profiles;
    private final CourseRepository courses;
    private final CourseBundleImporter importer;
    private final EnrollmentService enrollments;
    private final JsonMapper json;
    private final ClusterLock lock;
    private final StorefrontService storefront;
    private final boolean enabled;

    DemoDataLoader(AccountService accounts, DemoSecondFactor secondFactor, com.studyhall.accounts.ProfileService profiles,
                   CourseRepository courses, CourseBundleImporter importer, EnrollmentService enrollments,
                   JsonMapper json, ClusterLock lock, StorefrontService storefront,
                   @Value("${app.demo-data:false}") boolean enabled) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.profiles = profiles;
        this.courses = courses;
        this.importer = importer;
        this.enrollments = enrollments;
        this.json = json;
        this.lock = lock;
        this.storefront = storefront;
        this.enabled = enabled;
    }

    /** Loads what is missing when the demo data is on; does nothing otherwise. */
    void loadIfEnabled() throws IOException {
        if (!enabled) {
            return;
        }
        lock.runAlone("studyhall.demo-data", this::load);
    }

    private void load() throws IOException {
        USERS.forEach(this::ensureUser);
        secondFactor.enrollDemoAdmin();
        for (CourseBundle bundle : new DemoCourseReader(json).read()) {
            if (!courses.existsBySlug(bundle.slug())) {
                UserAccount owner = accounts.findByEmail(bundle.owner()).orElseThrow();
                importer.importCourse(bundle, owner);
                log.info("Demo course '{}' loaded", bundle.slug());
            }
        }
        enrollLearnerInFlagshipCourse();
        featureFlagshipCourse();
    }

    /** The home page features the flagship until an admin chooses otherwise (once: a later choice stays). */
    private void featureFlagshipCourse() {
        courses.findBySlug("python-memory-management")
                .ifPresent(course -> storefront.featureIfNoneChosen(course.getId()));
    }

    private void ensureUser(DemoUser user) {
        if (accounts.findByEmail(user.email()).isEmpty()) {
            UserAccount created = accounts.create(new NewAccount(user.email(), user.displayName(), user.password()),
                    user.roles());
            if (BIOS.containsKey(user.email())) {
                profiles.changeBio(created.getId(), BIOS.get(user.email()));
            }
        }
    }

    private void enrollLearnerInFlagshipCourse() {
        var learner = accounts.findByEmail("learner@example.com").orElseThrow();
        courses.findBySlug("python-memory-management")
                .ifPresent(course -> enrollments.enroll(learner.getId(), course.getId()));
    }
}
