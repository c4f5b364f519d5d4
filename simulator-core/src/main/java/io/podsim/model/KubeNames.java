package io.podsim.model;

import java.util.regex.Pattern;

/**
 * The API server's rules for names, label keys and label values, ported from apimachinery's
 * {@code pkg/util/validation/validation.go}: {@code IsDNS1123Label}, {@code IsDNS1123Subdomain},
 * {@code IsQualifiedName} and {@code IsValidLabelValue}. Each check returns null when the value is
 * valid, else what is wrong in one phrase.
 */
public final class KubeNames {
  /** {@code DNS1123LabelMaxLength}. */
  public static final int LABEL_MAX = 63;
  /** {@code DNS1123SubdomainMaxLength}. */
  public static final int SUBDOMAIN_MAX = 253;
  /** The most of a refused value an error quotes. */
  private static final int MAX_QUOTED = 80;
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  private KubeNames() {}

  /** {@code IsDNS1123Label}: namespaces and other names of one DNS label. */
  public static String dns1123Label(String value) {
    if (value.length() > LABEL_MAX) {
      return "must be at most " + LABEL_MAX + " characters";
    }
    return DNS1123_LABEL.matcher(value).matches() ? null
        : "must be lowercase letters, digits and '-', starting and ending with a letter or digit";
  }

  /** {@code IsDNS1123Subdomain}: names of nodes, pods, priority classes and scheduler profiles. */
  public static String dns1123Subdomain(String value) {
    if (value.length() > SUBDOMAIN_MAX) {
      return "must be at most " + SUBDOMAIN_MAX + " characters";
    }
    return DNS1123_SUBDOMAIN.matcher(value).matches() ? null
        : "must be lowercase letters, digits, '-' and '.', each dot-separated part starting and ending with a"
            + " letter or digit";
  }

  /** {@code IsQualifiedName}: label keys and resource names, an optional DNS subdomain prefix and a name. */
  public static String qualifiedName(String value) {
    int slash = value.indexOf('/');
    String name = value;
    if (slash >= 0) {
      String prefix = value.substring(0, slash);
      name = value.substring(slash + 1);
      if (prefix.isEmpty()) {
        return "has an empty prefix before '/'";
      }
      String problem = dns1123Subdomain(prefix);
      if (problem != null) {
        return "has a prefix that " + problem;
      }
    }
    if (name.isEmpty()) {
      return "has an empty name";
    }
    if (name.length() > LABEL_MAX) {
      return "has a name longer than " + LABEL_MAX + " characters";
    }
    return QUALIFIED_NAME.matcher(name).matches() ? null
        : "has a name that is not letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
  }

  /** {@code IsValidLabelValue}: empty, or a name part as in qualified names. */
  public static String labelValue(String value) {
    if (value.length() > LABEL_MAX) {
      return "must be at most " + LABEL_MAX + " characters";
    }
    return LABEL_VALUE.matcher(value).matches() ? null
        : "must be empty or letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
  }

  /** Fails with {@code path} when {@code problem} is not null. */
  public static void require(String problem, String path, String what, String value) {
    if (problem != null) {
      throw new InputError(path + ": " + what + " '" + InputError.excerpt(value, MAX_QUOTED) + "' " + problem);
    }
  }
}
