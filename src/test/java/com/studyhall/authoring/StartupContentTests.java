package com.studyhall.authoring;

import com.studyhall.assessment.ExpectedOutputs;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/** The demo data and the stale predict-the-output answers, prepared without holding up the start. */
class StartupContentTests {

    final DemoDataLoader demoData = mock(DemoDataLoader.class);
    final ExpectedOutputs expectedOutputs = mock(ExpectedOutputs.class);

    @Test
    void inTheBackgroundTheReadyEventReturnsWhileTheDemoDataIsStillLoading() throws Exception {
        var loading = new CountDownLatch(1);
        var mayFinish = new CountDownLatch(1);
        var loaderThread = new AtomicReference<String>();
        doAnswer(call -> {
            loaderThread.set(Thread.currentThread().getName());
            loading.countDown();
            assertThat(mayFinish.await(30, TimeUnit.SECONDS)).isTrue();
            return null;
        }).when(demoData).loadIfEnabled();

        new StartupContent(demoData, expectedOutputs, true).prepareOnceReady();

        assertThat(loading.await(30, TimeUnit.SECONDS)).as("the loader started").isTrue();
        assertThat(loaderThread.get()).isEqualTo("startup-content");
        verify(expectedOutputs, timeout(200).times(0)).refreshStale();
        mayFinish.countDown();
        verify(expectedOutputs, timeout(30_000)).refreshStale();
    }

    @Test
    void notInTheBackgroundEverythingIsDoneBeforeTheReadyEventReturnsDemoDataFirst() throws Exception {
        // the test profile's setting: tests sign in as the demo users as soon as the context is theirs
        new StartupContent(demoData, expectedOutputs, false).prepareOnceReady();

        InOrder order = inOrder(demoData, expectedOutputs);
        order.verify(demoData).loadIfEnabled();
        order.verify(expectedOutputs).refreshStale();
    }

    @Test
    void aLoaderThatFailsInTheBackgroundStillLetsTheStaleAnswersBeComputed() throws Exception {
        var failed = new CountDownLatch(1);
        doAnswer(call -> {
            failed.countDown();
            throw new java.io.IOException("demo bundle unreadable");
        }).when(demoData).loadIfEnabled();

        new StartupContent(demoData, expectedOutputs, true).prepareOnceReady();

        assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
        verify(expectedOutputs, timeout(30_000)).refreshStale();
    }
}
