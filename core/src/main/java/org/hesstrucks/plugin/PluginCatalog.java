package org.hesstrucks.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hesstrucks.core.Spi;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.probe.ProbePlugin;

/**
 * All plugins found in a set of {@link PluginSource}s, by kind and id.
 *
 * <p>Discovery is strict: a provider that cannot be instantiated, an id that is not kebab-case, a missing
 * descriptor, a plugin built against another SPI major, or two plugins with one id make
 * {@link #discover} throw a {@link PluginException} listing every problem, before anything runs.
 */
public final class PluginCatalog {
  /** Kebab-case: lower-case letters and digits in hyphen-separated words, starting with a letter. */
  public static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<PluginKind, Map<String, LoadedPlugin<?>>> byKind;

  private PluginCatalog(Map<PluginKind, Map<String, LoadedPlugin<?>>> byKind) {
    this.byKind = byKind;
  }

  /** Plugins on the application class path only. */
  public static PluginCatalog discoverClassPath() {
    return discover(List.of(PluginSource.classPath()));
  }

  /**
   * Finds every plugin of every kind in {@code sources}, in order.
   *
   * @throws PluginException listing every plugin that cannot be used
   */
  public static PluginCatalog discover(List<PluginSource> sources) {
    Map<PluginKind, Map<String, LoadedPlugin<?>>> byKind = new EnumMap<>(PluginKind.class);
    List<String> problems = new ArrayList<>();
    for (PluginKind kind : PluginKind.values()) {
      Map<String, LoadedPlugin<?>> found = new TreeMap<>();
      for (PluginSource source : sources) {
        loadKind(kind, source, found, problems);
      }
      byKind.put(kind, Collections.unmodifiableMap(found));
    }
    if (!problems.isEmpty()) {
      throw new PluginException(problems.size() == 1 ? problems.get(0)
          : problems.size() + " plugin problems:\n  " + String.join("\n  ", problems));
    }
    return new PluginCatalog(byKind);
  }

  private static void loadKind(PluginKind kind, PluginSource source, Map<String, LoadedPlugin<?>> found,
      List<String> problems) {
    ServiceLoader<?> loader = ServiceLoader.load(kind.spi(), source.loader());
    List<ServiceLoader.Provider<?>> providers = new ArrayList<>();
    try {
      loader.stream().forEach(providers::add);
    } catch (ServiceConfigurationError e) {
      problems.add(source.label() + ": cannot list " + kind + " plugins: " + e.getMessage());
      return;
    }
    for (ServiceLoader.Provider<?> provider : providers) {
      Class<?> type;
      try {
        type = provider.type();
      } catch (ServiceConfigurationError e) {
        problems.add(source.label() + ": " + kind + " plugin cannot be loaded: " + e.getMessage());
        continue;
      }
      if (source.ownClassesOnly() && type.getClassLoader() != source.loader()) {
        continue;
      }
      Plugin<?> plugin;
      PluginDescriptor descriptor;
      try {
        plugin = (Plugin<?>) provider.get();
        descriptor = PluginDescriptor.of(type);
      } catch (ServiceConfigurationError | PluginException e) {
        problems.add(source.label() + ": " + kind + " plugin " + type.getName() + ": " + e.getMessage());
        continue;
      } catch (RuntimeException | LinkageError e) {
        problems.add(source.label() + ": " + kind + " plugin " + type.getName() + " failed to start: " + e);
        continue;
      }
      String problem = check(kind, plugin, descriptor);
      if (problem != null) {
        problems.add(problem);
        continue;
      }
      LoadedPlugin<?> previous = found.get(plugin.id());
      if (previous != null) {
        problems.add("two " + kind + " plugins have the id '" + plugin.id() + "': "
            + previous.plugin().getClass().getName() + " (" + previous.descriptor().location() + ") and "
            + type.getName() + " (" + descriptor.location() + "); remove one of them");
        continue;
      }
      found.put(plugin.id(), new LoadedPlugin<>(kind, plugin, descriptor, source.label()));
    }
  }

  private static String check(PluginKind kind, Plugin<?> plugin, PluginDescriptor descriptor) {
    String name = kind + " plugin " + plugin.getClass().getName() + " (" + descriptor.location() + ")";
    int major;
    try {
      major = descriptor.spiMajor();
    } catch (IllegalArgumentException e) {
      return name + ": descriptor coreVersion: " + e.getMessage();
    }
    if (major != Spi.MAJOR_VERSION) {
      return name + " was built against Hess-Trucks core " + descriptor.coreVersion() + " (SPI " + major
          + "), but this is core " + Spi.coreVersion() + " (SPI " + Spi.MAJOR_VERSION + "); rebuild it against core "
          + Spi.MAJOR_VERSION + ".x";
    }
    String id;
    try {
      id = plugin.id();
    } catch (RuntimeException e) {
      return name + ": id() threw " + e;
    }
    if (id == null || !ID_PATTERN.matcher(id).matches()) {
      return name + ": id '" + id + "' is not kebab-case (expected lower-case words joined by '-', like 'newton-cg')";
    }
    Class<?> config = plugin.configType();
    if (config == null || !config.isRecord()) {
      return name + ": configType() must return a record class, got " + config;
    }
    return null;
  }

  /** Every plugin of {@code kind}, by id, in id order. */
  public Map<String, LoadedPlugin<?>> all(PluginKind kind) {
    return byKind.get(kind);
  }

  /** Every plugin of every kind, kinds in declaration order, ids sorted. */
  public List<LoadedPlugin<?>> all() {
    List<LoadedPlugin<?>> all = new ArrayList<>();
    for (PluginKind kind : PluginKind.values()) {
      all.addAll(byKind.get(kind).values());
    }
    return all;
  }

  /**
   * The plugin of {@code kind} with {@code id}.
   *
   * @throws PluginException "unknown optimizer 'lbgfs'; known: gd, lbfgs (did you mean 'lbfgs'?)"
   */
  public LoadedPlugin<?> require(PluginKind kind, String id) {
    LoadedPlugin<?> plugin = byKind.get(kind).get(id);
    if (plugin == null) {
      throw new PluginException(unknownIdMessage(kind, id));
    }
    return plugin;
  }

  /** The known id of {@code kind} within two edits of {@code id} (a likely typo), or null. */
  public String closestId(PluginKind kind, String id) {
    return closest(id, byKind.get(kind).keySet());
  }

  /** The message for an unknown id, listing the known ones and the closest. */
  public String unknownIdMessage(PluginKind kind, String id) {
    Map<String, LoadedPlugin<?>> known = byKind.get(kind);
    StringBuilder message = new StringBuilder("unknown ").append(kind).append(" '").append(id).append("'; known: ");
    message.append(known.isEmpty() ? "(none)" : String.join(", ", known.keySet()));
    String closest = closest(id, known.keySet());
    if (closest != null) {
      message.append(" (did you mean '").append(closest).append("'?)");
    }
    return message.toString();
  }

  @SuppressWarnings("unchecked")
  public LoadedPlugin<OptimizerPlugin<?>> optimizer(String id) {
    return (LoadedPlugin<OptimizerPlugin<?>>) require(PluginKind.OPTIMIZER, id);
  }

  @SuppressWarnings("unchecked")
  public LoadedPlugin<ModelPlugin<?>> model(String id) {
    return (LoadedPlugin<ModelPlugin<?>>) require(PluginKind.MODEL, id);
  }

  @SuppressWarnings("unchecked")
  public LoadedPlugin<DatasetPlugin<?>> dataset(String id) {
    return (LoadedPlugin<DatasetPlugin<?>>) require(PluginKind.DATASET, id);
  }

  @SuppressWarnings("unchecked")
  public LoadedPlugin<LineSearchPlugin<?>> lineSearch(String id) {
    return (LoadedPlugin<LineSearchPlugin<?>>) require(PluginKind.LINE_SEARCH, id);
  }

  @SuppressWarnings("unchecked")
  public LoadedPlugin<ProbePlugin<?>> probe(String id) {
    return (LoadedPlugin<ProbePlugin<?>>) require(PluginKind.PROBE, id);
  }

  /** Plugin ids and versions by kind, for provenance: {"optimizer:gd": "0.1.0", ...}. */
  public Map<String, String> versions() {
    return all().stream().collect(Collectors.toMap(p -> p.kind().label() + ":" + p.id(), LoadedPlugin::version,
        (a, b) -> a, LinkedHashMap::new));
  }

  /** The known id within edit distance 2 of {@code id}, or null. */
  static String closest(String id, Iterable<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int d = editDistance(id, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best;
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("lbgfs" → "lbfgs" is 1). */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
