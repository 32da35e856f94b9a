package org.hesstrucks.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.linesearch.LineSearchSpec;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.plugin.PluginException;

/**
 * Binds plugin blocks to config records with the house rules: unknown fields refused, no coercion of
 * strings to numbers nor of fractions to integers, nulls for primitives refused, and every error a
 * {@link ConfigException} whose field is the JSON path of the offending value.
 */
public final class ConfigBinder {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      // Jackson truncates 1.5 to 1 for an int unless told otherwise; ALLOW_COERCION_OF_SCALARS does not cover it.
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private ConfigBinder() {}

  /** The mapper configured with the binding rules; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Binds a plugin block (without its {@code id} field) to {@code type}.
   *
   * @param block the block; its {@code id} field, if any, is ignored; not modified
   * @param path the block's JSON path, e.g. {@code $.optimizers[1]}
   * @throws ConfigException with the JSON path of the offending value as its field
   */
  public static <C extends Record> C bind(JsonNode block, Class<C> type, String path) {
    ObjectNode options = block == null || block.isNull() ? MAPPER.createObjectNode() : toObject(block, path);
    options.remove("id");
    try {
      return MAPPER.treeToValue(options, type);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConfigException c) {
        // An object's constructor names one of its fields; an enum's creator (fromId) sits at the path of the
        // field it fills, which Jackson's path already ends with.
        boolean enumCreator = e.getType() != null && e.getType().getRawClass().isEnum();
        String at = pathOf(path, e);
        // A record that refuses itself as a whole names itself ("budget" at $.budget): do not say it twice.
        boolean whole = at.equals(c.field()) || at.endsWith("." + c.field());
        throw new ConfigException(enumCreator || whole ? at : at + "." + c.field(), c.expected(), c.actual());
      }
      throw new ConfigException(pathOf(path, e), "a valid value", rootMessage(e));
    } catch (UnrecognizedPropertyException e) {
      List<String> known = e.getKnownPropertyIds() == null ? List.of()
          : e.getKnownPropertyIds().stream().map(Objects::toString).sorted().collect(Collectors.toList());
      throw new ConfigException(pathOf(path, e), "one of the fields " + (known.isEmpty() ? "(none)" : String.join(", ", known)),
          "unknown field '" + e.getPropertyName() + "'");
    } catch (InvalidFormatException e) {
      Object value = e.getValue();
      throw new ConfigException(pathOf(path, e), describe(e.getTargetType()),
          value instanceof String ? "'" + value + "'" : String.valueOf(value));
    } catch (MismatchedInputException e) {
      throw new ConfigException(pathOf(path, e), describe(e.getTargetType()), actualOf(options, e));
    } catch (JsonProcessingException e) {
      throw new ConfigException(pathOf(path, e instanceof JsonMappingException m ? m : null), "a valid value",
          e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, "a valid " + type.getSimpleName(), e.getMessage());
    }
  }

  /**
   * Creates the line search a spec names, binding its options to the plugin's config.
   *
   * @param path the spec's JSON path, for messages
   * @throws PluginException for an unknown id
   * @throws ConfigException for options that do not bind
   */
  public static LineSearch lineSearch(PluginCatalog catalog, LineSearchSpec spec, String path) {
    LineSearchPlugin<?> plugin;
    try {
      plugin = catalog.lineSearch(spec.id()).plugin();
    } catch (PluginException e) {
      throw new ConfigException(path + ".id", "a known line search", e.getMessage());
    }
    return create(plugin, MAPPER.valueToTree(spec.options()), path);
  }

  private static <C extends Record> LineSearch create(LineSearchPlugin<C> plugin, JsonNode options, String path) {
    return plugin.create(bind(options, plugin.configType(), path));
  }

  private static ObjectNode toObject(JsonNode block, String path) {
    if (!block.isObject()) {
      throw new ConfigException(path, "an object", block.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    return ((ObjectNode) block).deepCopy();
  }

  /** The JSON path of a Jackson error, below {@code base}: {@code $.optimizers[0]} + {@code .lineSearch.shrink}. */
  static String pathOf(String base, JsonMappingException e) {
    StringBuilder path = new StringBuilder(base);
    if (e != null) {
      for (JsonMappingException.Reference ref : e.getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
    }
    return path.toString();
  }

  private static String actualOf(JsonNode root, JsonMappingException e) {
    JsonNode node = root;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (node == null) {
        break;
      }
      node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
    }
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type.isRecord() || type == LineSearchSpec.class) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
