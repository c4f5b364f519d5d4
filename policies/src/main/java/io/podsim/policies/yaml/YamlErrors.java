package io.podsim.policies.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
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
    return toInputError(file, e, e.getLocation());
  }

  /** As above, at {@code location} (null: none known) when the error carries none of its own. */
  static InputError toInputError(Path file, JsonProcessingException e, JsonLocation known) {
    StringBuilder where = new StringBuilder(file.toString());
    JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : known;
    List<JsonMappingException.Reference> references =
        e instanceof JsonMappingException m ? m.getPath() : List.of();
    if (e instanceof UnrecognizedPropertyException) {
      location = YamlKeyLocator.find(file, references).orElse(location);
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
    if (e instanceof InvalidNullException) {
      return "expected a value, found null (an empty value or ~)";
    }
    if (e instanceof InputCoercionException c) {
      return "expected " + typeName(c.getTargetType()) + " within its range, found " + excerpt(c);
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null
        && e.getOriginalMessage().startsWith("Cannot coerce Floating-point value")) {
      return "expected a whole number, found a fraction";
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

  /** The number the error quotes, or "a larger number". */
  private static String excerpt(InputCoercionException e) {
    String message = e.getOriginalMessage();
    int open = message.indexOf('(');
    int close = message.indexOf(')');
    return open >= 0 && close > open && close - open < 40 ? message.substring(open + 1, close) : "a larger number";
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
