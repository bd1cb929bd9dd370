package com.studyhall.gradebook;

import com.studyhall.accounts.AccountCreated;
import com.studyhall.accounts.EmailAddresses;
import com.studyhall.accounts.LinkTokens;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations by email address: an address with an account is enrolled at once; any other
 * becomes a pending invitation with a sign-up link for the instructor to send (Studyhall has no
 * mail server). Creating an account with that address enrolls it.
 */
@Service
class Invitations {

    /** At most this many addresses in one go, and this many characters typed. */
    static final int MAX_ADDRESSES = 100;
    static final int MAX_CHARACTERS = 40_000;

    private final LearnerRoster roster;
    private final CatalogService catalog;
    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final EnrollmentService enrollments;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(LearnerRoster roster, CatalogService catalog, InvitationRepository invitations,
                UserAccountRepository users, EnrollmentService enrollments, AuditLog audit, Clock clock) {
        this.roster = roster;
        this.catalog = catalog;
        this.invitations = invitations;
        this.users = users;
        this.enrollments = enrollments;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one invite did: who was enrolled, who already was, and the new sign-up links by address. */
    record Outcome(List<String> enrolled, List<String> alreadyEnrolled, List<Invited> invited) {
    }

    /** A pending invitation just made or renewed, with its link's path (shown once). */
    record Invited(String email, String path) {
    }

    /**
     * Invites every address in the text (separated by commas, semicolons, spaces or lines). If any
     * is not an address nothing is done, so the instructor fixes the list and sends it again whole.
     */
    Outcome invite(String courseSlug, String text, Viewer viewer, String invitedBy) {
        Course course = roster.managed(courseSlug, viewer);
        List<String> addresses = addresses(text);
        List<Invited> invited = new ArrayList<>();
        List<String> enrolled = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (String address : addresses) {
            Optional<UserAccount> account = users.findByEmail(address);
            if (account.isPresent()) {
                if (enrollments.isEnrolled(account.get().getId(), course.getId())) {
                    already.add(address);
                } else {
                    enrollments.enroll(account.get().getId(), course.getId());
                    audit.record(AuditKind.LEARNER_ENROLLED, address, "into " + course.getSlug());
                    enrolled.add(address);
                }
            } else {
                invited.add(new Invited(address, "/invitations/" + pending(course.getId(), address, invitedBy)));
            }
        }
        audit.record(AuditKind.LEARNERS_INVITED, course.getSlug(), enrolled.size() + " enrolled, " + invited.size()
                + " invited" + (invited.isEmpty() ? "" : ": " + abbreviated(invited.stream().map(Invited::email).toList())));
        return new Outcome(enrolled, already, invited);
    }

    /** Stores (or renews) the invitation and returns its new token; only the token's hash is kept. */
    @Transactional
    String pending(long courseId, String address, String invitedBy) {
        String token = LinkTokens.next();
        Invitation invitation = invitations.findByCourseIdAndEmail(courseId, address)
                .orElseGet(() -> new Invitation(courseId, address, LinkTokens.hash(token), invitedBy, clock.instant()));
        invitation.renew(LinkTokens.hash(token), invitedBy, clock.instant());
        invitations.save(invitation);
        return token;
    }

    @Transactional(readOnly = true)
    List<Invitation> pendingIn(String courseSlug, Viewer viewer) {
        return invitations.findByCourseIdOrderByInvitedAtDescIdDesc(roster.managed(courseSlug, viewer).getId());
    }

    /** Withdraws a pending invitation: its link stops working. Returns the address; 404 for another course's. */
    @Transactional
    String revoke(String courseSlug, long invitationId, Viewer viewer) {
        Course course = roster.managed(courseSlug, viewer);
        Invitation invitation = invitations.findById(invitationId).filter(i -> i.getCourseId() == course.getId())
                .orElseThrow(() -> new InvitationNotFoundException());
        invitations.delete(invitation);
        audit.record(AuditKind.INVITATION_REVOKED, invitation.getEmail(), "from " + course.getSlug());
        return invitation.getEmail();
    }

    /** The invitation a link opens, with its course's title, for the page a visitor lands on. */
    @Transactional(readOnly = true)
    Optional<Landing> landing(String token) {
        if (token == null || !token.matches(LinkTokens.PATTERN)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(LinkTokens.hash(token))
                .flatMap(i -> catalog.cardsByIds(List.of(i.getCourseId())).stream().findFirst()
                        .map(card -> new Landing(i.getEmail(), card.title())));
    }

    record Landing(String email, String courseTitle) {
    }

    /** A new account with an invited address is enrolled in every course that invited it. */
    @EventListener
    void accountCreated(AccountCreated account) {
        for (Invitation invitation : invitations.findByEmail(account.email())) {
            enrollments.enroll(account.userId(), invitation.getCourseId());
            invitations.delete(invitation);
            audit.recordBy(AuditKind.INVITATION_ACCEPTED, account.userId(), account.email(), account.email(),
                    "enrolled in course " + invitation.getCourseId() + ", invited by " + invitation.getInvitedBy());
        }
    }

    /** Splits, normalizes and checks the typed addresses; duplicates count once, in the order typed. */
    static List<String> addresses(String text) {
        String typed = text == null ? "" : text;
        if (typed.length() > MAX_CHARACTERS) {
            throw new InvalidAddressesException("That is " + typed.length() + " characters; at most " + MAX_CHARACTERS
                    + " at once.", List.of());
        }
        Set<String> unique = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String part : typed.split("[\\s,;]+")) {
            String address = UserAccount.normalizeEmail(part);
            if (address.isEmpty()) {
                continue;
            }
            if (EmailAddresses.isValid(address)) {
                unique.add(address);
            } else {
                bad.add(part.strip());
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidAddressesException((bad.size() == 1 ? "This is not an email address: "
                    : "These are not email addresses: ") + String.join(", ", bad.stream().map(Invitations::cut).toList())
                    + ". Nobody was invited; correct the list and send it again.", bad);
        }
        if (unique.isEmpty()) {
            throw new InvalidAddressesException("Enter at least one email address.", List.of());
        }
        if (unique.size() > MAX_ADDRESSES) {
            throw new InvalidAddressesException("That is " + unique.size() + " addresses; at most " + MAX_ADDRESSES
                    + " at once. Nobody was invited.", List.of());
        }
        return List.copyOf(unique);
    }

    private static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /** The audit column holds 500 characters: list addresses until it would overflow. */
    private static String abbreviated(List<String> addresses) {
        String all = String.join(", ", addresses);
        return all.length() <= 400 ? all : all.substring(0, 399) + "…";
    }
}
