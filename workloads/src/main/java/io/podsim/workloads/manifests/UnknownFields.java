package io.podsim.workloads.manifests;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a manifest that the Kubernetes API does not define, as {@code kubectl apply
 * --validate=strict} reports them: fabric8 keeps what its model does not know in each object's
 * additional properties, so a misspelt field would otherwise vanish without a word.
 */
final class UnknownFields {
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

  private final ObjectMapper json;

  UnknownFields(ObjectMapper json) {
    this.json = json;
  }

  /** The paths of every unknown field in the object, such as {@code spec.template.spec.containres}. */
  List<String> of(Object object) {
    List<String> found = new ArrayList<>();
    walk(object, "", found);
    return found;
  }

  private void walk(Object value, String path, List<String> found) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", found);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "." + key, found));
      return;
    }
    if (value == null || !value.getClass().getName().startsWith(MODEL_PACKAGE)) {
      return;
    }
    additional(value).keySet().forEach(key -> found.add(join(path, key)));
    BeanDescription bean = json.getSerializationConfig().introspect(json.constructType(value.getClass()));
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (property.hasGetter()) {
        walk(property.getGetter().getValue(value), join(path, property.getName()), found);
      }
    }
  }

  private static Map<?, ?> additional(Object value) {
    try {
      Method getter = value.getClass().getMethod("getAdditionalProperties");
      return getter.invoke(value) instanceof Map<?, ?> map ? map : Map.of();
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      return Map.of();
    }
  }

  private static String join(String path, Object key) {
    return path.isEmpty() ? key.toString() : path + "." + key;
  }
}
