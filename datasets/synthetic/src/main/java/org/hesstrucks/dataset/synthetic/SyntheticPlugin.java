package org.hesstrucks.dataset.synthetic;

import java.util.List;
import java.util.Objects;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.dataset.Datasets;

/**
 * The {@code synthetic} dataset plugin: seeded generators needing no download (see {@link SyntheticConfig}).
 * The identity is {@code synthetic:<generator>:sha256=<hash of the config without options>|<options>}.
 */
public final class SyntheticPlugin implements DatasetPlugin<SyntheticConfig> {
  /** The plugin's id in sweep files. */
  public static final String ID = "synthetic";

  /** For {@link java.util.ServiceLoader}. */
  public SyntheticPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<SyntheticConfig> configType() {
    return SyntheticConfig.class;
  }

  @Override
  public String description() {
    return "seeded synthetic data: gaussian-mixture, two-spirals, teacher-student, linear- and noisy-regression";
  }

  @Override
  public Dataset load(SyntheticConfig config, DatasetContext context) {
    Objects.requireNonNull(config, "config");
    DataSplit[] splits = new SyntheticData(config).generate();
    return Datasets.assemble(contentIdentity(config), config.classes(), List.of(), splits[0], splits[1],
        config.options());
  }

  /** The identity {@link #load} gives, without generating the data. */
  @Override
  public String identity(SyntheticConfig config, DatasetContext context) {
    return Datasets.identity(contentIdentity(Objects.requireNonNull(config, "config")), config.options());
  }

  /** The identity of the generated content, before options: the generator and a hash of every other field. */
  static String contentIdentity(SyntheticConfig config) {
    String fields = config.withOptions(null).toString();
    return ID + ":" + config.generator().id() + ":sha256=" + Datasets.sha256Hex(fields);
  }
}
