package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.ResultJson;

/**
 * A cell's key: the first 20 hex digits of the SHA-256 of a canonical JSON (keys sorted at every level) of
 * what determines its result: the plugin blocks, batch size, seed, budget, stopping, checkpoint interval,
 * cost weights, the versions of the plugins it uses, its probes, its SWA/SWAG plan, and the identity of its data (a hash of the
 * file's bytes, or of a generator's config), so changed data reruns its cells. Labels are not part of it, so renaming a legend
 * does not rerun anything; a new plugin version does.
 */
public final class CellKeys {
  private CellKeys() {}

  public static String key(CellSpec spec, CostWeights weights, Map<String, String> pluginVersions) {
    return key(spec, weights, pluginVersions, List.of(), null);
  }

  /** The key of a cell that also runs {@code probes} (their blocks as written): a new probe reruns it. */
  public static String key(CellSpec spec, CostWeights weights, Map<String, String> pluginVersions,
      List<JsonNode> probes, String datasetIdentity) {
    return key(spec, weights, pluginVersions, probes, datasetIdentity, null);
  }

  /**
   * The key of a cell that also collects SWA/SWAG by {@code swag} (null: none, and the key is the one without
   * it, so adding the feature reruns nothing that does not use it).
   */
  public static String key(CellSpec spec, CostWeights weights, Map<String, String> pluginVersions,
      List<JsonNode> probes, String datasetIdentity, SwagPlan swag) {
    ObjectNode identity = JsonNodeFactory.instance.objectNode();
    identity.set("optimizer", spec.optimizer());
    identity.set("model", spec.model());
    identity.set("dataset", spec.dataset() == null ? JsonNodeFactory.instance.nullNode() : spec.dataset());
    identity.put("batchSize", spec.batchSize());
    identity.put("seed", spec.seed());
    identity.set("budget", ResultJson.mapper().valueToTree(spec.budget()));
    identity.set("stopping", ResultJson.mapper().valueToTree(spec.stopping()));
    identity.put("evaluateEvery", spec.evaluateEvery());
    identity.set("costWeights", ResultJson.mapper().valueToTree(weights));
    identity.set("plugins", ResultJson.mapper().valueToTree(pluginVersions));
    if (datasetIdentity != null) {
      identity.put("datasetIdentity", datasetIdentity);
    }
    if (!probes.isEmpty()) {
      ArrayNode probeArray = identity.putArray("probes");
      probes.forEach(probeArray::add);
    }
    if (swag != null) {
      identity.set("swag", ResultJson.mapper().valueToTree(swag));
    }
    if (spec.tuningRole() != null) {
      identity.put("tuningRole", spec.tuningRole());
    }
    String canonical = canonical(identity).toString();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** A copy of {@code node} with object keys sorted at every level. */
  static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = node.fieldNames();
      it.forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        sorted.set(name, canonical(node.get(name)));
      }
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> array.add(canonical(element)));
      return array;
    }
    return node;
  }
}
