package org.hesstrucks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import org.hesstrucks.harness.sweep.CompiledSweep;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.harness.sweep.SweepFile;
import org.hesstrucks.plugin.PluginCatalog;

/** Test helpers: the class path's plugins (gd, quadratic, the fixtures) and sweep text in, compiled sweep out. */
public final class Sweeps {
  public static final PluginCatalog CATALOG = PluginCatalog.discoverClassPath();

  private Sweeps() {}

  public static SweepCompiler compiler() {
    return new SweepCompiler(CATALOG);
  }

  /** Compiles JSON text (single quotes allowed for readability: they become double quotes). */
  public static CompiledSweep compile(String json) {
    JsonNode root = SweepFile.parse(json.replace('\'', '"'), "sweep.json", false);
    return compiler().compile(root, "sweep.json", "sweep");
  }
}
