package io.podsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of every bundled example and of the files it reads (scheduler configurations,
 * manifests, trace samples), each checked with {@code podsim validate}: it succeeds, or fails with
 * exit 2 and one line naming the problem; it never prints a stack trace or hangs; and a mutation
 * known to break the file (a duplicate key, bytes that are not UTF-8) is never accepted.
 */
class MutationSuiteTest {
  /** Mutations per file; CI runs this many over every target. */
  private static final int PER_FILE = Integer.getInteger("podsim.mutations", 12);
  private static final Pattern BLOCK_ENTRY = Pattern.compile("^(\\s*)([A-Za-z][\\w.-]*): +[^\\s{\\[|>&*#].*$");
  private static final Pattern SCALAR = Pattern.compile("(?<=: )[^\\s{\\[,}\\]#][^,}\\]#]*");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[0-9]+(\\.[0-9]+)?(?![\\w.])");
  private static final List<String> WEIRD_VALUES = List.of("null", "~", "\"\"", "[x]", "{a: b}", "true", "abc",
      "0", "-1", "2.5", "99999999999999999999", "1e99999", "\"../../x\"", "\"a b!\"");

  /** Outcomes by kind, written after the suite: the figures a closing note quotes. */
  private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

  @TempDir
  static Path dir;

  private static Path examples;

  /** One file to mutate and the scenario whose validation reads it. */
  record Target(String scenario, String file) {}

  @BeforeAll
  static void copyTheExamples() throws IOException {
    examples = dir.resolve("examples");
    Path source = Path.of("..", "examples");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        Path copy = examples.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  /** Writes the outcomes to {@code target/mutation-outcomes.txt}. */
  @AfterAll
  static void writeTheOutcomes() throws IOException {
    Files.writeString(Path.of("target", "mutation-outcomes.txt"), OUTCOMES + "\n");
  }

  private static synchronized void count(String outcome) {
    OUTCOMES.merge(outcome, 1, Integer::sum);
  }

  /** The kind of answer validate gave. */
  private static String outcome(Cli cli, Mutation mutation) {
    if (cli.err().contains("Exception") || cli.err().contains("\tat ")) {
      return "stack trace";
    }
    if (cli.exitCode() == 0) {
      return mutation.breaksTheFile() ? "accepted although invalid" : "accepted";
    }
    if (cli.exitCode() != 2) {
      return "exit " + cli.exitCode();
    }
    return cli.err().lines().count() == 1 ? "refused in one line" : "refused in several lines";
  }

  static List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (String example : List.of("quickstart", "reference", "affinity", "scheduler-config", "locality", "openb",
        "manifests", "google-2011", "google-2019", "alibaba-2018", "alibaba-2017", "azure-packing-2020", "synthetic",
        "gpu-sharing", "fgd-fill")) {
      targets.add(new Target(example + ".yaml", example + ".yaml"));
    }
    targets.add(new Target("scheduler-config.yaml", "kube-scheduler.yaml"));
    targets.add(new Target("gpu-sharing.yaml", "gpu-sharing-config.yaml"));
    targets.add(new Target("manifests.yaml", "manifests/apps.yaml"));
    targets.add(new Target("manifests.yaml", "manifests/nodes.yaml"));
    targets.add(new Target("reference.yaml", "traces/batch.csv"));
    targets.add(new Target("alibaba-2018.yaml", "traces/alibaba-2018/batch_instance.csv"));
    targets.add(new Target("alibaba-2017.yaml", "traces/alibaba-2017/server_event.csv"));
    targets.add(new Target("google-2011.yaml", "traces/google-2011/machine_events.csv"));
    targets.add(new Target("google-2019.yaml", "traces/google-2019/instance_events/instance_events-000000000000.json"));
    targets.add(new Target("azure-packing-2020.yaml", "traces/azure-packing-2020/vmType.csv"));
    return targets;
  }

  static Stream<Arguments> mutations() {
    List<Arguments> cases = new ArrayList<>();
    for (Target target : targets()) {
      for (int i = 0; i < PER_FILE; i++) {
        cases.add(Arguments.of(target, (long) target.file().hashCode() * 31 + i));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} mutated by seed {1}")
  @MethodSource("mutations")
  void aMutatedInputIsAcceptedOrRefusedInOneLine(Target target, long seed) throws IOException {
    Path file = examples.resolve(target.file());
    byte[] original = Files.readAllBytes(file);
    Mutation mutation = Mutation.draw(original, new SplittableRandom(seed));
    Files.write(file, mutation.bytes());
    try {
      Cli cli;
      try {
        cli = assertTimeoutPreemptively(Duration.ofSeconds(30),
            () -> Cli.run("validate", examples.resolve(target.scenario()).toString()),
            () -> "no answer in 30 s: " + mutation.description() + " in " + target.file());
      } catch (AssertionError e) {
        count("no answer in 30 s");
        throw e;
      }
      count(outcome(cli, mutation));
      String what = mutation.description() + " in " + target.file() + ": " + cli.err();
      assertThat(cli.exitCode()).as(what).isIn(0, 2);
      assertThat(cli.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
      if (cli.exitCode() == 2) {
        assertThat(cli.err().lines()).as(what).hasSize(1);
      }
      if (mutation.breaksTheFile()) {
        assertThat(cli.exitCode()).as("accepted " + what).isEqualTo(2);
      }
    } finally {
      Files.write(file, original);
    }
  }

  /** A change to a file's bytes, whether it certainly makes the file invalid, and what it was. */
  record Mutation(byte[] bytes, boolean breaksTheFile, String description) {
    static Mutation draw(byte[] original, SplittableRandom random) {
      String text = new String(original, StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int line = random.nextInt(lines.size());
      return switch (random.nextInt(7)) {
        case 0 -> {
          lines.remove(line);
          yield lines(lines, false, "line " + (line + 1) + " deleted");
        }
        case 1 -> duplicateKey(lines, random);
        case 2 -> replace(lines, line, SCALAR, WEIRD_VALUES.get(random.nextInt(WEIRD_VALUES.size())), random);
        case 3 -> replace(lines, line, NUMBER, List.of("0", "-1", "2.5", "99999999999999999999", "1e99999")
            .get(random.nextInt(5)), random);
        case 4 -> {
          int at = 1 + random.nextInt(Math.max(1, original.length - 1));
          byte[] corrupt = new byte[original.length + 2];
          System.arraycopy(original, 0, corrupt, 0, at);
          corrupt[at] = (byte) 0xC3;
          corrupt[at + 1] = (byte) 0x28;
          System.arraycopy(original, at, corrupt, at + 2, original.length - at);
          yield new Mutation(corrupt, !isGzip(original), "bytes that are not UTF-8 at " + at);
        }
        case 5 -> {
          int at = random.nextInt(original.length + 1);
          byte[] truncated = new byte[at];
          System.arraycopy(original, 0, truncated, 0, at);
          yield new Mutation(truncated, false, "truncated at byte " + at);
        }
        default -> {
          lines.add(line, lines.get(line));
          yield lines(lines, false, "line " + (line + 1) + " repeated");
        }
      };
    }

    /** A block-mapping entry repeated in place: the same key twice in one mapping. */
    private static Mutation duplicateKey(List<String> lines, SplittableRandom random) {
      List<Integer> entries = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (BLOCK_ENTRY.matcher(lines.get(i)).matches() && !lines.get(i).trim().startsWith("-")) {
          entries.add(i);
        }
      }
      if (entries.isEmpty()) {
        return lines(lines, false, "nothing changed");
      }
      int at = entries.get(random.nextInt(entries.size()));
      lines.add(at + 1, lines.get(at));
      return lines(lines, true, "key of line " + (at + 1) + " duplicated");
    }

    private static Mutation replace(List<String> lines, int line, Pattern pattern, String value,
        SplittableRandom random) {
      Matcher m = pattern.matcher(lines.get(line));
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      if (spans.isEmpty()) {
        return lines(lines, false, "nothing changed");
      }
      int[] span = spans.get(random.nextInt(spans.size()));
      String old = lines.get(line);
      lines.set(line, old.substring(0, span[0]) + value + old.substring(span[1]));
      return lines(lines, false, "line " + (line + 1) + " given " + value);
    }

    private static Mutation lines(List<String> lines, boolean breaks, String description) {
      return new Mutation(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), breaks, description);
    }

    private static boolean isGzip(byte[] bytes) {
      return bytes.length > 1 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }
  }
}
