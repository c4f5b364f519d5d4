package io.podsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases derived by hand from apimachinery's pkg/util/validation rules. */
class KubeNamesTest {
  @ParameterizedTest(name = "label key ''{0}'' is valid: {1}")
  @CsvSource(delimiter = '|', value = {
    "app | true",
    "app.kubernetes.io/name | true",
    "topology.kubernetes.io/zone | true",
    "A_b-C.d | true",
    "1 | true",
    "-app | false",
    "app- | false",
    "bad key! | false",
    "/name | false",
    "example.com/ | false",
    "Example.com/name | false",
    "a/b/c | false",
    "example..com/name | false",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | true",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | false"
  })
  void qualifiedNamesFollowIsQualifiedName(String key, boolean valid) {
    assertThat(KubeNames.qualifiedName(key) == null).isEqualTo(valid);
  }

  @ParameterizedTest(name = "label value ''{0}'' is valid: {1}")
  @CsvSource(delimiter = '|', value = {
    "'' | true", "web | true", "1.10 | true", "a_b.c-d | true", "-web | false", "web. | false", "a b | false",
    "a/b | false"
  })
  void labelValuesFollowIsValidLabelValue(String value, boolean valid) {
    assertThat(KubeNames.labelValue(value) == null).isEqualTo(valid);
  }

  @ParameterizedTest(name = "''{0}'' is a DNS-1123 subdomain: {1}")
  @CsvSource(delimiter = '|', value = {
    "web-0 | true", "a.b.c | true", "0 | true", "Web | false", "a..b | false", ".a | false", "a- | false",
    "a_b | false", "../x | false", ". | false"
  })
  void subdomainsFollowIsDns1123Subdomain(String value, boolean valid) {
    assertThat(KubeNames.dns1123Subdomain(value) == null).isEqualTo(valid);
  }

  @ParameterizedTest(name = "''{0}'' is a DNS-1123 label: {1}")
  @CsvSource(delimiter = '|', value = {"default | true", "kube-system | true", "a.b | false", "Default | false"})
  void labelsFollowIsDns1123Label(String value, boolean valid) {
    assertThat(KubeNames.dns1123Label(value) == null).isEqualTo(valid);
  }
}
