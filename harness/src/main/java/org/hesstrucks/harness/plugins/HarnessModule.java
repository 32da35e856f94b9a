package org.hesstrucks.harness.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import java.nio.file.Path;
import java.util.List;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.harness.run.ProvenanceCollector;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.plugin.PluginKind;
import org.hesstrucks.probe.ProbePlugin;

/**
 * The harness's wiring: the plugin catalog (class path plus {@code --plugins} folders), each plugin kind as
 * a {@code Map<String, Plugin>} keyed by id (Guice MapBinder), and the harness's own services.
 */
public final class HarnessModule extends AbstractModule {
  private final PluginCatalog catalog;

  /** Discovers plugins now, so a bad plugin is reported before the injector exists. */
  public HarnessModule(List<Path> pluginFolders) {
    this(PluginCatalog.discover(PluginFolders.sources(pluginFolders)));
  }

  public HarnessModule(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  protected void configure() {
    bind(PluginCatalog.class).toInstance(catalog);
    bind(ProvenanceCollector.class).in(Singleton.class);
    bindKind(PluginKind.OPTIMIZER, new TypeLiteral<OptimizerPlugin<?>>() {});
    bindKind(PluginKind.MODEL, new TypeLiteral<ModelPlugin<?>>() {});
    bindKind(PluginKind.DATASET, new TypeLiteral<DatasetPlugin<?>>() {});
    bindKind(PluginKind.LINE_SEARCH, new TypeLiteral<LineSearchPlugin<?>>() {});
    bindKind(PluginKind.PROBE, new TypeLiteral<ProbePlugin<?>>() {});
  }

  @SuppressWarnings("unchecked")
  private <P> void bindKind(PluginKind kind, TypeLiteral<P> type) {
    MapBinder<String, P> map = MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), type);
    for (LoadedPlugin<?> plugin : catalog.all(kind).values()) {
      map.addBinding(plugin.id()).toInstance((P) plugin.plugin());
    }
  }
}
