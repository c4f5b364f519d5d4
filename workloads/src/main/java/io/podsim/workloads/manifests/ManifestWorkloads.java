package io.podsim.workloads.manifests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.Taint;
import io.podsim.model.TaintEffect;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PodLimits;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands workload objects into pods: a Pod as itself; Deployments, ReplicaSets and StatefulSets
 * into {@code replicas} pods named {@code <name>-<i>}; a DaemonSet into one pod per node its
 * template may run on; a Job into {@code completions} pods in waves of {@code parallelism} (each wave
 * arriving when the previous one's run time is over); a CronJob into its job template once per
 * schedule time before the horizon. Every expanded pod is owned by its workload, so evicted pods
 * are recreated.
 */
public final class ManifestWorkloads {
  private ManifestWorkloads() {}

  /** The resource names the workloads request. */
  public static Set<String> resourceNames(Manifests manifests) {
    Set<String> names = new TreeSet<>();
    for (HasMetadata object : manifests.objects()) {
      io.fabric8.kubernetes.api.model.PodSpec spec = podSpec(object);
      if (spec != null) {
        names.addAll(PodTemplates.resourceNames(spec));
      }
    }
    return names;
  }

  /** PriorityClass objects as scenario priority classes. */
  public static List<ScenarioFile.PriorityClassEntry> priorityClasses(Manifests manifests) {
    return manifests.ofKind(PriorityClass.class).stream().map(c -> new ScenarioFile.PriorityClassEntry(
        c.getMetadata().getName(), c.getValue(), c.getPreemptionPolicy(), c.getGlobalDefault(), c.getDescription()))
        .toList();
  }

  public static List<PodSpec> pods(Manifests manifests, List<NodeSpec> nodes, PodContext context, long horizon) {
    List<PodSpec> pods = new ArrayList<>();
    for (HasMetadata object : manifests.objects()) {
      podSpec(object);
      String where = object.getKind() + " " + object.getMetadata().getName();
      String name = object.getMetadata().getName();
      if (object instanceof Pod pod) {
        pods.add(PodTemplates.toPod(name, pod.getMetadata(), null, pod.getSpec(), context, owner(pod.getMetadata()),
            0, where));
      } else if (object instanceof Deployment d) {
        replicas(pods, d, d.getSpec().getTemplate(), d.getSpec().getReplicas(), context, where);
      } else if (object instanceof ReplicaSet r) {
        replicas(pods, r, r.getSpec().getTemplate(), r.getSpec().getReplicas(), context, where);
      } else if (object instanceof StatefulSet s) {
        replicas(pods, s, s.getSpec().getTemplate(), s.getSpec().getReplicas(), context, where);
      } else if (object instanceof DaemonSet d) {
        daemons(pods, d, nodes, context, where);
      } else if (object instanceof Job j) {
        job(pods, j.getMetadata(), j.getSpec(), name, 0, context, where);
      } else if (object instanceof CronJob c) {
        cron(pods, c, horizon, context, where);
      }
    }
    return pods;
  }

  /** A field the API server requires of this kind. */
  private static <T> T required(T value, String where, String field) {
    if (value == null) {
      throw new InputError(where + ": " + field + ": required, but missing (or null)");
    }
    return value;
  }

  /** A workload's pod template, which every workload kind requires with its pod spec, at {@code spec}'s path. */
  private static PodTemplateSpec template(PodTemplateSpec template, String where, String spec) {
    required(required(template, where, spec + ".template").getSpec(), where, spec + ".template.spec");
    return template;
  }

  private static void replicas(List<PodSpec> pods, HasMetadata owner, PodTemplateSpec template, Integer replicas,
      PodContext context, String where) {
    if (replicas != null && replicas < 0) {
      throw new InputError(where + ": spec.replicas: expected a whole number >= 0, found " + replicas);
    }
    PodLimits.require((long) pods.size() + (replicas == null ? 1 : replicas), PodLimits.MAX_LISTED,
        where + ": spec.replicas");
    String name = owner.getMetadata().getName();
    for (int i = 0; i < (replicas == null ? 1 : replicas); i++) {
      pods.add(PodTemplates.toPod(name + "-" + i, meta(template, owner), owner.getMetadata(), template.getSpec(),
          context, owner.getKind() + "/" + name, 0, where));
    }
  }

  private static void daemons(List<PodSpec> pods, DaemonSet set, List<NodeSpec> nodes, PodContext context,
      String where) {
    PodTemplateSpec template = set.getSpec().getTemplate();
    String name = set.getMetadata().getName();
    PodSpec probe = PodTemplates.toPod(name, meta(template, set), set.getMetadata(), template.getSpec(), context,
        null, 0, where);
    for (NodeSpec node : nodes) {
      if (probe.placement().requiredNodeAffinityMatches(node) && tolerated(probe, node.taints())) {
        io.fabric8.kubernetes.api.model.PodSpec pinned = DaemonPods.pinned(template.getSpec(), node.name());
        pods.add(PodTemplates.toPod(name + "-" + node.name(), meta(template, set), set.getMetadata(), pinned, context,
            "DaemonSet/" + name, 0, where));
      }
    }
  }

  private static boolean tolerated(PodSpec pod, List<Taint> taints) {
    return taints.stream().filter(t -> t.effect() != TaintEffect.PREFER_NO_SCHEDULE)
        .allMatch(t -> pod.tolerations().stream().anyMatch(tol -> tol.tolerates(t)));
  }

  private static void job(List<PodSpec> pods, ObjectMeta jobMeta, JobSpec spec, String name, long start,
      PodContext context, String where) {
    PodTemplateSpec template = spec.getTemplate();
    int parallelism = spec.getParallelism() == null ? 1 : Math.max(1, spec.getParallelism());
    int completions = spec.getCompletions() == null ? parallelism : spec.getCompletions();
    if (completions < 0) {
      throw new InputError(where + ": spec.completions: expected a whole number >= 0, found " + completions);
    }
    PodLimits.require((long) pods.size() + completions, PodLimits.MAX_LISTED, where + ": spec.completions");
    PodSpec first = PodTemplates.toPod(name + "-0", meta(template, jobMeta), jobMeta, template.getSpec(), context,
        "Job/" + name, start, where);
    long wave = first.hasDuration() ? first.duration() : 0;
    for (int i = 0; i < completions; i++) {
      pods.add(PodTemplates.toPod(name + "-" + i, meta(template, jobMeta), jobMeta, template.getSpec(), context,
          "Job/" + name, start + (i / parallelism) * wave, where));
    }
  }

  private static void cron(List<PodSpec> pods, CronJob cron, long horizon, PodContext context, String where) {
    if (horizon < 0) {
      throw new InputError(where + ": a CronJob needs the scenario's horizon to know how often it runs");
    }
    String name = cron.getMetadata().getName();
    var jobTemplate = cron.getSpec().getJobTemplate();
    ObjectMeta meta = jobTemplate.getMetadata() != null ? jobTemplate.getMetadata() : new ObjectMeta();
    if (meta.getNamespace() == null) {
      meta.setNamespace(cron.getMetadata().getNamespace());
    }
    CronSchedule schedule = CronSchedule.parse(cron.getSpec().getSchedule(), where + ": spec.schedule");
    List<Long> times;
    try {
      times = schedule.times(horizon);
    } catch (InputError e) {
      throw e.at(where + ": spec.schedule");
    }
    for (long time : times) {
      job(pods, meta, jobTemplate.getSpec(), name + "-" + time / 60_000_000L, time, context, where);
    }
  }

  private static ObjectMeta meta(PodTemplateSpec template, HasMetadata owner) {
    return meta(template, owner.getMetadata());
  }

  private static ObjectMeta meta(PodTemplateSpec template, ObjectMeta owner) {
    ObjectMeta meta = template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
    if (meta.getNamespace() == null && owner != null) {
      meta.setNamespace(owner.getNamespace());
    }
    return meta;
  }

  private static String owner(ObjectMeta meta) {
    var refs = meta.getOwnerReferences();
    return refs == null || refs.isEmpty() ? null : refs.get(0).getKind() + "/" + refs.get(0).getName();
  }

  /** The pod spec a workload object runs, its required fields checked on the way. */
  private static io.fabric8.kubernetes.api.model.PodSpec podSpec(HasMetadata object) {
    String where = object.getKind() + " " + object.getMetadata().getName();
    if (object instanceof Pod p) {
      return required(p.getSpec(), where, "spec");
    } else if (object instanceof Deployment d) {
      return template(required(d.getSpec(), where, "spec").getTemplate(), where, "spec").getSpec();
    } else if (object instanceof ReplicaSet r) {
      return template(required(r.getSpec(), where, "spec").getTemplate(), where, "spec").getSpec();
    } else if (object instanceof StatefulSet s) {
      return template(required(s.getSpec(), where, "spec").getTemplate(), where, "spec").getSpec();
    } else if (object instanceof DaemonSet d) {
      return template(required(d.getSpec(), where, "spec").getTemplate(), where, "spec").getSpec();
    } else if (object instanceof Job j) {
      return template(required(j.getSpec(), where, "spec").getTemplate(), where, "spec").getSpec();
    } else if (object instanceof CronJob c) {
      var jobTemplate = required(required(c.getSpec(), where, "spec").getJobTemplate(), where, "spec.jobTemplate");
      return template(required(jobTemplate.getSpec(), where, "spec.jobTemplate.spec").getTemplate(), where,
          "spec.jobTemplate.spec").getSpec();
    }
    return null;
  }
}
