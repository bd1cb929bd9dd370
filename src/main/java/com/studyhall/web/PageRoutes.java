package com.studyhall.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every HTML page the app serves by GET, with who sees it. The route-walking browser test
 * ({@code RouteWalkBrowserIT}) opens each at phone and desktop width and checks it for sideways
 * scrolling and accessibility; {@code PageRoutesTests} fails when a controller maps a GET page that
 * is missing here, so a new page cannot be left out of that walk.
 *
 * <p>Adding a page is one line: {@code page("/the/{pattern}", Audience.LEARNER)}. Path variables are
 * filled by name from the demo data the walk sets up ({@code {course}}, {@code {section}}, ...); when a
 * name alone does not say what to fill in (an {@code {id}}), give an example with a more telling
 * name, as the studio item pages do. A route listed twice is walked twice (an open and a graded attempt).
 */
public final class PageRoutes {

    /** Who opens the page in the walk. A role's walk also sees every page of the roles it includes. */
    public enum Audience {
        /** Not signed in. */
        VISITOR,
        /** Between the password and the code of a two-factor sign-in. */
        SECOND_FACTOR,
        LEARNER,
        INSTRUCTOR,
        ADMIN
    }

    public record PageRoute(String pattern, Audience audience, String example) {
    }

    private static final Pattern VARIABLE_REGEX = Pattern.compile("\\{(\\w+):[^/]*}");

    public static final List<PageRoute> ALL = List.of(
            page("/", Audience.VISITOR),
            page("/", Audience.VISITOR, "/?q=reference"),
            page("/courses/{course}", Audience.VISITOR),
            page("/courses/{course}/{section}", Audience.VISITOR),
            page("/login", Audience.VISITOR),
            page("/signup", Audience.VISITOR),
            page("/lab", Audience.VISITOR),
            page("/login/totp", Audience.SECOND_FACTOR),
            // Links handed out by e-mail: an unknown token shows the page that says what to do.
            page("/invitations/{token}", Audience.VISITOR, "/invitations/no-such-invitation"),
            page("/password/set/{token}", Audience.VISITOR, "/password/set/no-such-link"),
            page("/upload-too-large", Audience.VISITOR),

            page("/my", Audience.LEARNER),
            page("/courses/{course}/{section}", Audience.LEARNER),
            page("/courses/{course}/{section}/cram", Audience.LEARNER),
            page("/courses/{course}/cards", Audience.LEARNER),
            page("/review", Audience.LEARNER),
            page("/review/settings", Audience.LEARNER),
            page("/review/stats", Audience.LEARNER),
            page("/courses/{course}/{section}/test", Audience.LEARNER),
            page("/attempts/{id}", Audience.LEARNER, "/attempts/{openAttempt}"),
            page("/attempts/{id}", Audience.LEARNER, "/attempts/{gradedAttempt}"),
            page("/attempts/{id}/summary", Audience.LEARNER, "/attempts/{openAttempt}/summary"),
            page("/courses/{course}/review", Audience.LEARNER),
            page("/account/profile", Audience.LEARNER),
            page("/courses/{course}/{section}/games", Audience.LEARNER),
            page("/courses/{course}/{section}/games/memory-match", Audience.LEARNER),
            page("/courses/{course}/{section}/games/typing", Audience.LEARNER),
            page("/courses/{course}/{section}/games/quick-fire", Audience.LEARNER),
            page("/courses/{course}/{section}/games/refcount-sprint", Audience.LEARNER),
            page("/account/security", Audience.LEARNER),
            page("/account/security/totp", Audience.LEARNER),
            page("/account/password", Audience.LEARNER),

            page("/studio", Audience.INSTRUCTOR),
            page("/studio/courses/new", Audience.INSTRUCTOR),
            page("/studio/courses/{course}", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/compare", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/history", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/statistics", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/new", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/{section}", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/{section}/summary", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/{section}/test", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/{section}/{kind}/new", Audience.INSTRUCTOR,
                    "/studio/courses/{course}/sections/{section}/chapters/new"),
            page("/studio/courses/{course}/sections/{section}/{kind}/{id}", Audience.INSTRUCTOR,
                    "/studio/courses/{course}/sections/{section}/chapters/{chapter}"),
            page("/studio/courses/{course}/sections/{section}/lessons/new", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/{section}/lessons/{id}", Audience.INSTRUCTOR,
                    "/studio/courses/{course}/sections/{section}/lessons/{lesson}"),
            page("/studio/courses/{course}/sections/{section}/questions/new", Audience.INSTRUCTOR),
            page("/studio/courses/{course}/sections/{section}/questions/{id}", Audience.INSTRUCTOR,
                    "/studio/courses/{course}/sections/{section}/questions/{question}"),
            page("/studio/courses/{course}/sections/{section}/{what}/import", Audience.INSTRUCTOR,
                    "/studio/courses/{course}/sections/{section}/questions/import"),
            page("/studio/courses/{course}/trash", Audience.INSTRUCTOR),
            page("/studio/trash", Audience.INSTRUCTOR),
            page("/studio/trash/{id}/purge", Audience.INSTRUCTOR, "/studio/trash/{trashEntry}/purge"),
            page("/studio/courses/{course}/gradebook", Audience.INSTRUCTOR, "/studio/courses/{gradedCourse}/gradebook"),
            page("/studio/courses/{course}/gradebook/learners/{learner}", Audience.INSTRUCTOR,
                    "/studio/courses/{gradedCourse}/gradebook/learners/{learner}"),
            page("/studio/courses/{course}/gradebook/attempts/{attempt}", Audience.INSTRUCTOR,
                    "/studio/courses/{gradedCourse}/gradebook/attempts/{gradedAttempt}"),
            page("/studio/courses/{course}/learners", Audience.INSTRUCTOR, "/studio/courses/{gradedCourse}/learners"),
            page("/studio/courses/{course}/gradebook/essays", Audience.INSTRUCTOR,
                    "/studio/courses/{gradedCourse}/gradebook/essays"),
            page("/studio/courses/{course}/gradebook/attempts/{attempt}/essays/{position}", Audience.INSTRUCTOR,
                    "/studio/courses/{gradedCourse}/gradebook/attempts/{gradedAttempt}/essays/{essayPosition}"),
            page("/studio/courses/{course}/gradebook/learners/{learner}/tests/{test}/override", Audience.INSTRUCTOR,
                    "/studio/courses/{gradedCourse}/gradebook/learners/{learner}/tests/{gradedTest}/override"),
            page("/studio/courses/{course}/gradebook/learners/{learner}/attempts/{attempt}/reopen", Audience.INSTRUCTOR,
                    "/studio/courses/{gradedCourse}/gradebook/learners/{learner}/attempts/{gradedAttempt}/reopen"),

            page("/admin", Audience.ADMIN),
            page("/admin/users", Audience.ADMIN),
            page("/admin/users/new", Audience.ADMIN),
            page("/admin/users/import", Audience.ADMIN),
            page("/admin/users/{id}", Audience.ADMIN, "/admin/users/{user}"),
            page("/admin/audit", Audience.ADMIN),
            page("/admin/storefront", Audience.ADMIN));

    private PageRoutes() {
    }

    static PageRoute page(String pattern, Audience audience) {
        return new PageRoute(pattern, audience, pattern);
    }

    static PageRoute page(String pattern, Audience audience, String example) {
        return new PageRoute(pattern, audience, example);
    }

    /** A mapping's pattern as this list spells it: {@code {id:\d+}} becomes {@code {id}}. */
    public static String withoutRegex(String mappingPattern) {
        return VARIABLE_REGEX.matcher(mappingPattern).replaceAll("{$1}");
    }
}
