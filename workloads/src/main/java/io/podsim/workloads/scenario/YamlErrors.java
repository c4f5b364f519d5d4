package io.podsim.workloads.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.podsim.model.InputError;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's binding errors into one line for people: file, line, YAML path, what was expected. */
final class YamlErrors {
  private YamlErrors() {}

  static InputError toInputError(Path file, JsonProcessingException e) {
    StringBuilder where = new StringBuilder(file.toString());
    JsonLocation location = e.getLocation();
    List<JsonMappingException.Reference> references =
        e instanceof JsonMappingException m ? m.getPath() : List.of();
    if (e instanceof UnrecognizedPropertyException) {
      location = YamlKeyLocator.find(file, references).orElse(null);
      references = references.subList(0, references.size() - 1);
    }
    if (location != null && location.getLineNr() > 0) {
      where.append(':').append(location.getLineNr()).append(':').append(location.getColumnNr());
    }
    String path = path(references);
    return new InputError(where + ": " + (path.isEmpty() ? "" : path + ": ") + describe(e));
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      return "unknown key '" + u.getPropertyName() + "'; expected one of: " + String.join(", ", known);
    }
    if (e instanceof InvalidFormatException f) {
      return "expected " + typeName(f.getTargetType()) + ", found '" + f.getValue() + "'";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + typeName(m.getTargetType());
    }
    String message = e.getOriginalMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    return references.stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String typeName(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys to values";
    }
    return "a text value";
  }
}
