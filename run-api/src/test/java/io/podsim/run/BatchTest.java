package io.podsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.podsim.metrics.RunResult;
import io.podsim.metrics.RunSink;
import io.podsim.model.InputError;
import io.podsim.workloads.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One call runs one scenario with one profile and seed; a batch runs many, in order, with progress and cancellation. */
class BatchTest {
  static final String SMALL = """
      name: small
      seed: 5
      cluster:
        nodePools:
          - {name: n, count: 4, resources: {cpu: "4", memory: 8Gi}}
      workload:
        synthetic:
          pods: %d
          arrivalRate: %s
          duration: {distribution: exponential, mean: 2m}
          shapes:
            - {name: small, weight: 3, requests: {cpu: 500m, memory: 512Mi}}
            - {name: large, weight: 1, requests: {cpu: "2", memory: 2Gi}, priority: 10}
      profiles: [least-allocated, most-allocated]
      """;

  @TempDir
  Path dir;

  Scenario scenario(int pods, double rate) throws IOException {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, SMALL.formatted(pods, rate));
    return Podsim.load(file);
  }

  @RepeatedTest(4)
  void aBatchGivesEachRunTheResultOfThatRunAloneWhateverThePoolSize(RepetitionInfo repetition) throws IOException {
    Scenario scenario = scenario(300 + 50 * repetition.getCurrentRepetition(), 0.5);
    List<RunSpec> runs = RunSpec.every(scenario, scenario.profiles(), List.of(1L, 2L, 3L));
    List<RunResult> batch = new Batch(runs).threads(repetition.getCurrentRepetition()).run();

    assertThat(batch).hasSize(6);
    for (int i = 0; i < runs.size(); i++) {
      RunResult alone = Podsim.run(scenario, runs.get(i).profile(), runs.get(i).seed());
      assertThat(batch.get(i).profile()).isEqualTo(runs.get(i).profile());
      assertThat(batch.get(i).seed()).isEqualTo(runs.get(i).seed());
      assertThat(batch.get(i).pods()).isEqualTo(alone.pods());
      assertThat(batch.get(i).utilization()).isEqualTo(alone.utilization());
      assertThat(batch.get(i).latency()).isEqualTo(alone.latency());
      assertThat(batch.get(i).simulation().events()).isEqualTo(alone.simulation().events());
    }
  }

  @Test
  void everyPodOfARunEndsInExactlyOneStateAndTheProgressSignalCountsThemAll() throws IOException {
    Scenario scenario = scenario(400, 0.5);
    AtomicLong pods = new AtomicLong();
    AtomicLong simulated = new AtomicLong();
    List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
    BatchProgress progress = new BatchProgress() {
      @Override
      public void simulated(long micros) {
        simulated.addAndGet(micros);
      }

      @Override
      public void podFinished() {
        pods.incrementAndGet();
      }

      @Override
      public void runFinished(int index) {
        finished.add(index);
      }
    };
    List<RunResult> results = Podsim.batch(scenario).progress(progress).run();

    long total = results.stream().mapToLong(r -> r.pods().total()).sum();
    assertThat(pods.get()).isEqualTo(total).isEqualTo(800);
    assertThat(finished).containsExactlyInAnyOrder(0, 1);
    double reachedSeconds = results.stream().mapToDouble(r -> r.simulation().simulatedSeconds()).sum();
    assertThat(simulated.get() / 1e6).isLessThanOrEqualTo(reachedSeconds).isGreaterThan(reachedSeconds - 2);
  }

  @Test
  void eachRunWritesToTheSinksItsFactoryOpenedAndClosesThem() throws IOException {
    Scenario scenario = scenario(50, 0.5);
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger closed = new AtomicInteger();
    SinkFactory factory = run -> List.of(new RunSink() {
      @Override
      public void write(RunResult result) {
        written.add(run.profile() + "/" + result.profile() + "/" + result.seed());
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    });
    new Batch(RunSpec.every(scenario, scenario.profiles(), List.of(7L))).sinks(factory).run();

    assertThat(written).containsExactlyInAnyOrder("least-allocated/least-allocated/7", "most-allocated/most-allocated/7");
    assertThat(closed).hasValue(2);
  }

  @Test
  void aSinkIsClosedWhenItsRunFailsAndTheUsersMistakeComesThroughUnchanged() throws IOException {
    Scenario scenario = scenario(50, 0.5);
    AtomicInteger closed = new AtomicInteger();
    SinkFactory failing = run -> List.of(new RunSink() {
      @Override
      public void write(RunResult result) {
        throw new InputError("bad output for " + result.profile());
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    });

    assertThatThrownBy(() -> new Batch(RunSpec.every(scenario, List.of("least-allocated"), List.of(1L)))
        .sinks(failing).run()).isInstanceOf(InputError.class).hasMessage("bad output for least-allocated");
    assertThat(closed).hasValue(1);
  }

  @Test
  void aRunOfAnUnknownProfileIsRefusedBeforeAnythingRuns() throws IOException {
    Scenario scenario = scenario(50, 0.5);

    assertThatThrownBy(() -> new RunSpec(scenario, "no-such-profile", 1)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("unknown profile 'no-such-profile'; known: [");
  }

  @Test
  void aCancelledBatchStopsItsRunningRunsWithinMomentsAndStartsNoOther() throws Exception {
    Scenario scenario = scenario(5_000_000, 1000);
    List<RunSpec> runs = RunSpec.every(scenario, scenario.profiles(), List.of(1L, 2L, 3L, 4L));
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    Batch batch = new Batch(runs).threads(2).progress(new BatchProgress() {
      @Override
      public void simulated(long micros) {
        started.countDown();
      }

      @Override
      public void runFinished(int index) {
        finished.incrementAndGet();
      }
    });
    Thread canceller = new Thread(() -> {
      try {
        started.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      batch.cancel();
    });
    canceller.start();

    assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        assertThatThrownBy(batch::run).isInstanceOf(CancellationException.class));
    canceller.join();
    assertThat(finished).hasValue(0);
  }
}
