package org.hesstrucks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.CellStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /**
   * Four problems, three solvers: p0 solver 2 fails; p1 solvers 0 and 1 tie; p2 nobody solves; p3 solver 1
   * fails. Ratios by hand: p0 {1, 2, ∞}, p1 {2, 2, 1}, p2 {∞, ∞, ∞}, p3 {1, ∞, 2}.
   */
  private static final double[][] COSTS = {
    {10, 20, INF},
    {30, 30, 15},
    {INF, INF, INF},
    {5, INF, 10},
  };

  @Test
  @DisplayName("performance ratios by hand: failures are infinite, a problem nobody solves is infinite for all")
  void ratios() {
    double[][] ratios = Profiles.ratios(COSTS);
    assertArrayEquals(new double[] {1, 2, INF}, ratios[0]);
    assertArrayEquals(new double[] {2, 2, 1}, ratios[1]);
    assertArrayEquals(new double[] {INF, INF, INF}, ratios[2]);
    assertArrayEquals(new double[] {1, INF, 2}, ratios[3]);
  }

  @Test
  @DisplayName("ties share ratio 1; a least cost of 0 gives 1 to those at 0 and infinity to the rest")
  void tiesAndZero() {
    assertArrayEquals(new double[] {1, 1}, Profiles.ratios(new double[][] {{7, 7}})[0]);
    assertArrayEquals(new double[] {1, INF, 1}, Profiles.ratios(new double[][] {{0, 3, 0}})[0]);
  }

  @Test
  @DisplayName("Dolan-More rho_s(alpha) by hand; it never reaches 1 for a solver that failed somewhere")
  void performanceProfile() {
    double[][] ratios = Profiles.ratios(COSTS);
    assertEquals(0.5, Profiles.performance(ratios, 0, 1));
    assertEquals(0.75, Profiles.performance(ratios, 0, 2));
    assertEquals(0.75, Profiles.performance(ratios, 0, 1e12));
    assertEquals(0, Profiles.performance(ratios, 1, 1.999));
    assertEquals(0.5, Profiles.performance(ratios, 1, 2), "the tie on p1 counts at 2, with p0");
    assertEquals(0.25, Profiles.performance(ratios, 2, 1));
    assertEquals(0.5, Profiles.performance(ratios, 2, 2));
    assertArrayEquals(new double[] {1, 1, 2}, Profiles.steps(ratios, 0));
    assertArrayEquals(new double[] {2, 2}, Profiles.steps(ratios, 1));
    assertArrayEquals(new double[] {1, 2}, Profiles.steps(ratios, 2));
  }

  @Test
  @DisplayName("More-Wild d_s(kappa) by hand: the fraction of problems solved within a budget")
  void dataProfile() {
    assertEquals(0.25, Profiles.data(COSTS, 0, 9.99));
    assertEquals(0.5, Profiles.data(COSTS, 0, 10));
    assertEquals(0.75, Profiles.data(COSTS, 0, 30));
    assertEquals(0.25, Profiles.data(COSTS, 1, 29));
    assertEquals(0.5, Profiles.data(COSTS, 1, 30));
    assertEquals(0.25, Profiles.data(COSTS, 2, 10));
    assertEquals(0.5, Profiles.data(COSTS, 2, 15));
    assertArrayEquals(new double[] {5, 10, 30}, Profiles.steps(COSTS, 0));
    assertEquals(0, Profiles.data(new double[0][], 0, 1), "no problems");
  }

  @Test
  @DisplayName("cost to target: the first checkpoint at or below f_L + tau (f_0 - f_L); never is infinity")
  void costToTarget() {
    double[] loss = {10, 6, Double.NaN, 3, 1};
    double[] cost = {0, 2, 3, 4, 6};
    assertEquals(1.9, Profiles.target(10, 1, 0.1), 1e-15);
    assertEquals(6, Profiles.costToTarget(loss, cost, Profiles.target(10, 1, 0.1)));
    assertEquals(4, Profiles.costToTarget(loss, cost, Profiles.target(10, 1, 0.5)), "NaN never reaches it");
    assertEquals(2, Profiles.costToTarget(loss, cost, 6), "equal to the target reaches it");
    assertEquals(INF, Profiles.costToTarget(loss, cost, 0.5));
    assertEquals(INF, Profiles.costToTarget(null, cost, 0.5));
  }

  private static CellResult cell(String optimizer, long seed, double[] loss, String role) {
    CellSpec base = TestCells.spec(optimizer, "mlp", 0, seed);
    CellSpec spec = new CellSpec(base.optimizer(), base.model(), null, 0, seed, base.budget(), base.stopping(), 10,
        optimizer, "mlp", Map.of("optimizer.lr", JsonNodeFactory.instance.numberNode(0.1)), role);
    return TestCells.cell("s", optimizer + seed + role, spec, CellStatus.BUDGET, "", TestCells.summary(20, 1, 1, 1),
        TestCells.trace(new long[] {0, 10, 20}, loss, loss, Map.of()));
  }

  @Test
  @DisplayName("rankings from cells: f_0 and f_L per (problem, seed); trials left out; nothing to solve left out")
  void rankingsFromCells() {
    ReportData data = new ReportData(java.nio.file.Path.of("r"), "s", null, List.of(
        cell("gd", 1, new double[] {10, 4, 1}, null),
        cell("lbfgs", 1, new double[] {10, 1.8, 1.5}, "final"),
        cell("lbfgs", 1, new double[] {10, 0.01, 0.01}, "trial"),
        cell("gd", 2, new double[] {5, 5, 5}, null)), List.of());
    Rankings rankings = Rankings.of(data.comparisonCells(), data.optimizerLabels());

    assertEquals(1, rankings.problems().size(), "seed 2 has nothing to solve");
    assertEquals(1, rankings.degenerate());
    // tau 0.1: target 1.9; gd at iteration 20 (40 gradient-equivalents, 0.2 s), lbfgs at 10 (20, 0.1 s)
    assertArrayEquals(new double[] {40, 20}, rankings.costs(0, 0.1)[0]);
    assertArrayEquals(new double[] {0.2, 0.1}, rankings.costs(1, 0.1)[0]);
    assertArrayEquals(new double[] {2, 1}, Profiles.ratios(rankings.costs(0, 0.1))[0]);
    // tau 1e-3: target 1.009; only gd gets there
    assertArrayEquals(new double[] {40, INF}, rankings.costs(0, 1e-3)[0]);
    assertEquals(0, rankings.costToTarget(data.comparisonCells().get(1), 0, 1e-3), "a degenerate problem: at once");
  }
}
