package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a sweep file into a tree: JSON, or YAML for {@code .yaml}/{@code .yml}. Duplicate keys are refused. */
public final class SweepFile {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();
  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private SweepFile() {}

  /** True when the file name says YAML. */
  public static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Parses {@code file}.
   *
   * @throws SweepException naming the file, and the line and column of a syntax error
   */
  public static JsonNode read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new SweepException(file + ": no such file");
    } catch (IOException e) {
      throw new SweepException(file + ": cannot read: " + e.getMessage());
    }
    return parse(text, file.toString(), isYaml(file));
  }

  /** Parses sweep text; {@code label} names it in messages. */
  public static JsonNode parse(String text, String label, boolean yaml) {
    JsonNode root;
    try {
      if (yaml) {
        refuseAliases(text, label);
      }
      root = (yaml ? YAML : JSON).readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new SweepException(label + ": " + where + "not valid " + (yaml ? "YAML" : "JSON") + ": "
          + firstLine(e.getOriginalMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new SweepException(label + ": the file is empty; expected a sweep object");
    }
    if (!root.isObject()) {
      throw new SweepException(label + ": $: expected a sweep object, got " + root.getNodeType().toString()
          .toLowerCase(Locale.ROOT));
    }
    return root;
  }

  /**
   * Refuses YAML aliases ({@code *name}): the tree reader would read each as the string "name" and the sweep would
   * then fail far from the cause ("expected an optimizer block, got \"base\"") or, in a path, name another file.
   */
  private static void refuseAliases(String text, String label) throws JsonProcessingException {
    try (com.fasterxml.jackson.dataformat.yaml.YAMLParser parser =
        (com.fasterxml.jackson.dataformat.yaml.YAMLParser) YAML.getFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        if (parser.isCurrentAlias()) {
          JsonLocation at = parser.currentTokenLocation();
          throw new SweepException(label + ": line " + at.getLineNr() + ", column " + at.getColumnNr() + ": YAML "
              + "aliases are not supported (*" + parser.getText() + "): write the value out in full");
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) { // reading a String: not expected
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
