package com.studyhall.assessment;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One learner's sitting of a mock test. It opens with a deadline fixed by the server; it closes
 * once, by submission or by the clock, and is graded when it closes. Closing is a conditional
 * update in {@link TestAttemptRepository}, so only one request ever closes and grades it.
 */
@Entity
public class TestAttempt implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mock_test_id")
    private MockTest mockTest;

    private Long learnerId;

    private int attemptNumber;

    @Enumerated(EnumType.STRING)
    private AttemptStatus status;

    private Instant startedAt;

    private Instant deadline;

    private Instant closedAt;

    /** The sum of the points earned, to the hundredth ({@link Points}); null until graded. */
    @Column(precision = 10, scale = Points.SCALE)
    private BigDecimal scorePoints;

    private int maxPoints;

    private Boolean passed;

    private Instant reopenedAt;

    /** The question the learner was last on, so reopening the attempt resumes there; null before any. */
    private Integer lastPosition;

    @Version
    private long version;

    protected TestAttempt() {
    }

    TestAttempt(MockTest mockTest, long learnerId, int attemptNumber, Instant startedAt, int maxPoints) {
        this(mockTest, learnerId, attemptNumber, startedAt, maxPoints, Allowance.NONE);
    }

    /** An attempt whose time limit includes the minutes this learner was granted on top of the test's. */
    TestAttempt(MockTest mockTest, long learnerId, int attemptNumber, Instant startedAt, int maxPoints, Allowance allowance) {
        this.mockTest = mockTest;
        this.learnerId = learnerId;
        this.attemptNumber = attemptNumber;
        this.status = AttemptStatus.IN_PROGRESS;
        // Whole milliseconds: both databases keep them exactly, so the deadline compares as computed.
        this.startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
        this.deadline = this.startedAt.plus(Duration.ofMinutes(allowance.minutesAllowed(mockTest.settings())));
        this.maxPoints = maxPoints;
    }

    /**
     * Records the grade of a closed attempt; {@code null} points while an essay awaits an
     * instructor's grade (no score and no pass until then).
     */
    void recordGrade(BigDecimal points, int passMarkPercent) {
        this.scorePoints = points;
        this.passed = points == null ? null : Points.passes(points, maxPoints, passMarkPercent);
    }

    /** Closed, with an essay not graded yet. */
    public boolean isAwaitingGrading() {
        return status.closed() && scorePoints == null;
    }

    /** Whole percent, rounded down so the figure shown never overstates the score. */
    public Integer scorePercent() {
        return scorePercent(scorePoints, maxPoints);
    }

    /** The score as a whole percentage of the points; none before grading, or for a test worth nothing. */
    static Integer scorePercent(BigDecimal scorePoints, int maxPoints) {
        return scorePoints == null || maxPoints == 0 ? null : Points.percent(scorePoints, maxPoints);
    }

    public boolean isOverdue(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && !now.isBefore(deadline);
    }

    /** Where the learner left off: the last question they were on, or the first. */
    public int resumePosition() {
        return lastPosition == null ? 1 : lastPosition;
    }

    public Long getId() {
        return id;
    }

    public MockTest getMockTest() {
        return mockTest;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    @Override
    public long learnerId() {
        return learnerId;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public BigDecimal getScorePoints() {
        return scorePoints;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public Boolean getPassed() {
        return passed;
    }

    /** When an instructor last opened this attempt again after it had closed; null if never. */
    public Instant getReopenedAt() {
        return reopenedAt;
    }
}
