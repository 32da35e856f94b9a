package org.hesstrucks.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hesstrucks.result.Trace;

/**
 * The checkpoint columns of a group's traces reduced over seeds. Seeds are aligned on the checkpoint
 * iteration; at each one, the seeds that reached it contribute. The cost and time columns are reduced the
 * same way, so on those axes a group is drawn at the median cost of its seeds.
 *
 * @param iteration the union of the seeds' checkpoint iterations, ascending
 * @param gradientEquivalents cost in gradient-equivalents
 * @param epochs cost in epochs
 * @param seconds optimizer seconds
 * @param loss full training loss
 * @param gradientNorm full training gradient norm
 * @param heldOut held-out metrics by name ("loss", "accuracy"), for the names any seed recorded
 */
public record ConvergenceBands(
    long[] iteration,
    SeedBand gradientEquivalents,
    SeedBand epochs,
    SeedBand seconds,
    SeedBand loss,
    SeedBand gradientNorm,
    Map<String, SeedBand> heldOut) {

  public ConvergenceBands {
    heldOut = Collections.unmodifiableMap(new LinkedHashMap<>(heldOut));
  }

  /** Reduces the traces of one group's seeds; null traces are skipped. */
  public static ConvergenceBands of(List<Trace> traces) {
    List<long[]> keys = new ArrayList<>();
    List<Trace> present = new ArrayList<>();
    for (Trace trace : traces) {
      if (trace != null && trace.iteration() != null) {
        keys.add(trace.iteration());
        present.add(trace);
      }
    }
    long[] iteration = SeedBand.unionOfKeys(keys);
    Set<String> names = new TreeSet<>(NaturalOrder.INSTANCE);
    for (Trace trace : present) {
      if (trace.heldOut() != null) {
        trace.heldOut().forEach((name, column) -> {
          if (name != null && column != null) {
            names.add(name);
          }
        });
      }
    }
    Map<String, SeedBand> heldOut = new LinkedHashMap<>();
    for (String name : names) {
      heldOut.put(name, SeedBand.alignedOnKeys(iteration, keys,
          column(present, trace -> trace.heldOut() == null ? null : trace.heldOut().get(name))));
    }
    return new ConvergenceBands(
        iteration,
        SeedBand.alignedOnKeys(iteration, keys, column(present, Trace::gradientEquivalents)),
        SeedBand.alignedOnKeys(iteration, keys, column(present, Trace::epochs)),
        SeedBand.alignedOnKeys(iteration, keys, column(present, Trace::seconds)),
        SeedBand.alignedOnKeys(iteration, keys, column(present, Trace::loss)),
        SeedBand.alignedOnKeys(iteration, keys, column(present, Trace::gradientNorm)),
        heldOut);
  }

  /**
   * At most {@code maxPoints} checkpoints, merging consecutive ones ({@link SeedBand#binned}); the iteration
   * of a merged point is the middle one of its bin.
   */
  public ConvergenceBands binned(int maxPoints) {
    int binSize = binSize(maxPoints);
    if (binSize == 1) {
      return this;
    }
    return new ConvergenceBands(SeedBand.binnedKeys(iteration, binSize), gradientEquivalents.binned(binSize),
        epochs.binned(binSize), seconds.binned(binSize), loss.binned(binSize), gradientNorm.binned(binSize),
        binnedHeldOut(binSize));
  }

  private Map<String, SeedBand> binnedHeldOut(int binSize) {
    Map<String, SeedBand> binned = new LinkedHashMap<>();
    heldOut.forEach((name, band) -> binned.put(name, band.binned(binSize)));
    return binned;
  }

  /** How many checkpoints {@link #binned} merges into one point. */
  public int binSize(int maxPoints) {
    return SeedBand.binSizeFor(iteration.length, maxPoints);
  }

  private static List<double[]> column(List<Trace> traces, Function<Trace, double[]> get) {
    List<double[]> columns = new ArrayList<>();
    for (Trace trace : traces) {
      columns.add(get.apply(trace));
    }
    return columns;
  }
}
