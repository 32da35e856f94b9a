package org.hesstrucks.plugin;

import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.probe.ProbePlugin;

/** The kinds of plugin, each with the SPI interface {@link java.util.ServiceLoader} looks for. */
public enum PluginKind {
  OPTIMIZER("optimizer", OptimizerPlugin.class),
  MODEL("model", ModelPlugin.class),
  DATASET("dataset", DatasetPlugin.class),
  LINE_SEARCH("line-search", LineSearchPlugin.class),
  PROBE("probe", ProbePlugin.class);

  private final String label;
  private final Class<?> spi;

  PluginKind(String label, Class<?> spi) {
    this.label = label;
    this.spi = spi;
  }

  /** The kind's name in messages and listings: "optimizer", "line-search". */
  public String label() {
    return label;
  }

  /** The interface a plugin of this kind implements and lists in {@code META-INF/services}. */
  public Class<?> spi() {
    return spi;
  }

  @Override
  public String toString() {
    return label;
  }
}
