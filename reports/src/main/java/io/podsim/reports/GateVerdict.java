package io.podsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a CI gate: every rule checked for every result present in both the run and the
 * baseline. A result on one side only breaks the gate too (a renamed profile or workload would
 * otherwise pass with nothing compared).
 */
public record GateVerdict(List<GateRule> rules, List<String> violations, List<String> unmatched) {
  public GateVerdict {
    rules = List.copyOf(rules);
    violations = List.copyOf(violations);
    unmatched = List.copyOf(unmatched);
  }

  /** Checks every rule for every result of the runs against the result of the same name in the baseline. */
  public static GateVerdict check(List<ResultSet> runs, ResultSet baseline, List<GateRule> rules) {
    List<String> violations = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (ResultSet run : runs) {
      for (JsonNode summary : run.summaries()) {
        String name = ResultSet.name(summary);
        seen.add(name);
        baseline.named(name).ifPresentOrElse(
            before -> rules.forEach(rule -> rule.check(name, before, summary).ifPresent(violations::add)),
            () -> unmatched.add(name + ": not in the baseline " + baseline.source() + " (it has "
                + String.join(", ", baseline.names()) + ")"));
      }
    }
    for (String name : baseline.names()) {
      if (!seen.contains(name)) {
        unmatched.add(name + ": in the baseline but not in the results compared");
      }
    }
    return new GateVerdict(rules, violations, unmatched);
  }

  public boolean holds() {
    return violations.isEmpty() && unmatched.isEmpty();
  }

  /** One line per broken rule and per result without a partner. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    violations.forEach(v -> reasons.add("regression: " + v));
    unmatched.forEach(u -> reasons.add("unmatched: " + u));
    return reasons;
  }

  /** The verdict in one line. */
  public String headline() {
    return holds() ? "all " + rules.size() + " rule(s) hold"
        : violations.size() + " rule violation(s), " + unmatched.size() + " unmatched result(s)";
  }

  /** The verdict as Markdown, for a pull-request comment. */
  public String markdown() {
    StringBuilder text = new StringBuilder("\n**Gate: ").append(holds() ? "passed" : "failed").append("** (")
        .append(headline()).append(")\n");
    reasons().forEach(r -> text.append("- ").append(r).append('\n'));
    return text.toString();
  }

  /** The verdict as a JSON object. */
  public ObjectNode json() {
    ObjectNode node = SummaryJson.JSON.createObjectNode();
    node.put("passed", holds());
    ArrayNode texts = node.putArray("rules");
    rules.forEach(r -> texts.add(r.text()));
    violations.forEach(node.putArray("violations")::add);
    unmatched.forEach(node.putArray("unmatched")::add);
    return node;
  }
}
