package com.studyhall.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The first sweep of overdue attempts runs once the application is ready, without holding up the start. */
class AttemptExpiryTests {

    final AttemptService attempts = mock(AttemptService.class);

    @Test
    void inTheBackgroundTheReadyEventReturnsWhileTheFirstSweepIsStillRunning() throws Exception {
        var sweeping = new CountDownLatch(1);
        var mayFinish = new CountDownLatch(1);
        var sweepThread = new AtomicReference<String>();
        doAnswer(call -> {
            sweepThread.set(Thread.currentThread().getName());
            sweeping.countDown();
            assertThat(mayFinish.await(30, TimeUnit.SECONDS)).isTrue();
            return 2;
        }).when(attempts).expireOverdue();

        new AttemptExpiry(attempts, true).sweepOnceReady();

        assertThat(sweeping.await(30, TimeUnit.SECONDS)).as("the sweep started").isTrue();
        assertThat(sweepThread.get()).isEqualTo("attempt-expiry-start");
        mayFinish.countDown();
        verify(attempts, timeout(30_000).times(1)).expireOverdue();
    }

    @Test
    void notInTheBackgroundTheSweepIsDoneBeforeTheReadyEventReturns() {
        when(attempts.expireOverdue()).thenReturn(1);

        new AttemptExpiry(attempts, false).sweepOnceReady();

        verify(attempts, times(1)).expireOverdue();
    }
}
