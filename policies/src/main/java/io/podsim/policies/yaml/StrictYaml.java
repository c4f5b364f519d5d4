package io.podsim.policies.yaml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.model.InputError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads every YAML file podsim takes (scenarios, scheduler configurations, manifests) the way a
 * strict Kubernetes client does, and says what is wrong in podsim's own words: anchors, aliases
 * and merge keys are expanded; byte-order marks (UTF-8, UTF-16) are honoured; duplicate keys, tags
 * other than YAML's own ({@code !!str}, {@code !!int}, ...), text that is not UTF-8 and more
 * documents than the file may hold are errors with the file, line and column. Timestamps stay
 * text, as Kubernetes reads them, and decimal numbers keep the text they were written as. Values
 * are then bound to records by Jackson ({@code count: 2.5} is an error).
 */
public final class StrictYaml {
  /** Aliases one file may use: enough for any hand-written file, far too few for an alias bomb. */
  private static final int MAX_ALIASES = 1_000;
  /** The largest YAML file read, in characters. */
  private static final int MAX_CODE_POINTS = 256 << 20;

  private StrictYaml() {}

  /**
   * A Jackson mapper that binds the plain values of a document to records strictly: unknown keys,
   * fractions where whole numbers belong, and null list items or map values (write {@code ""} for
   * an empty one) are errors.
   */
  public static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    return mapper;
  }

  /** Every document of the file, in order, as plain values (maps, lists, text, numbers, booleans, null). */
  public static List<Object> documents(Path file) {
    String text = text(file);
    List<Object> documents = new ArrayList<>();
    try {
      for (Object document : yaml().loadAll(new StringReader(text))) {
        documents.add(document);
      }
    } catch (YAMLException e) {
      throw YamlProblems.toInputError(file, e);
    }
    return documents;
  }

  /**
   * Fails unless the file exists and is not a folder; {@code what} names the file's kind
   * ("scenario"). Anything else (a pipe, {@code /dev/null}) is read as it is.
   */
  public static void requireFile(Path file, String what) {
    if (!Files.exists(file)) {
      throw new InputError(file + ": no such " + what + " file");
    }
    if (Files.isDirectory(file)) {
      throw new InputError(file + ": is a folder; expected a " + what + " file");
    }
  }

  /** The file's one document; {@code what} names the file's kind in errors ("scenario"). */
  public static Object document(Path file, String what) {
    List<Object> documents = new ArrayList<>(documents(file));
    documents.removeIf(document -> document == null);
    if (documents.isEmpty()) {
      throw new InputError(file + ": the " + what + " file is empty");
    }
    if (documents.size() > 1) {
      throw new InputError(file + ": holds " + documents.size() + " YAML documents; a " + what
          + " file is one document (remove the '---' separators or split the file)");
    }
    return documents.get(0);
  }

  /** Binds a document to {@code type}; a mismatch names the file, line, column and YAML path. */
  public static <T> T bind(ObjectMapper mapper, Object document, Class<T> type, Path file) {
    try {
      JsonNode tree = mapper.valueToTree(document);
      return mapper.treeToValue(tree, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      JsonProcessingException cause = e instanceof JsonProcessingException p ? p
          : e.getCause() instanceof JsonProcessingException p ? p : null;
      if (cause == null) {
        throw new InputError(file + ": " + e.getMessage().lines().findFirst().orElse(""));
      }
      throw YamlErrors.toInputError(file, cause, location(file, cause));
    }
  }

  /** Where the innermost key on the error's path sits in the file, if it can be found. */
  private static JsonLocation location(Path file, JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return null;
    }
    List<JsonMappingException.Reference> path = mapping.getPath();
    for (int end = path.size(); end > 0; end--) {
      Optional<JsonLocation> found = end == path.size() ? YamlKeyLocator.findValue(file, path)
          : YamlKeyLocator.find(file, path.subList(0, end));
      if (found.isPresent()) {
        return found.get();
      }
    }
    return null;
  }

  /** The file as text: UTF-8, or UTF-16 with a byte-order mark; a UTF-8 byte-order mark is dropped. */
  private static String text(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputError(file + ": cannot read: " + e.getMessage());
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputError(file + ": not " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16")
          + " text; expected a YAML file");
    }
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(MAX_CODE_POINTS);
    return options;
  }

  private static Yaml yaml() {
    LoaderOptions options = options();
    return new Yaml(new TextConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
        new KubernetesResolver());
  }

  /** YAML 1.1's implicit types without timestamps: Kubernetes reads an unquoted date as text. */
  private static final class KubernetesResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
      addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
      addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }
  }

  /**
   * SnakeYAML's safe constructor (YAML's own types only) that keeps numbers as text: a decimal
   * number as it was written ({@code version: 1.10} stays "1.10", not 1.1), an integer as its YAML
   * 1.1 decimal value; booleans stay booleans ({@code yes}, {@code False}), as Kubernetes reads them.
   */
  private static final class TextConstructor extends SafeConstructor {
    TextConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return constructScalar((ScalarNode) node);
        }
      });
      Construct integer = yamlConstructors.get(Tag.INT);
      yamlConstructors.put(Tag.INT, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          // YAML 1.1 integers (010 octal, 0x1F, 1_000) as their decimal value, kept as text.
          return integer.construct(node).toString();
        }
      });
    }
  }
}
