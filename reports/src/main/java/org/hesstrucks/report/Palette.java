package org.hesstrucks.report;

/**
 * One colour per optimizer label, the same in every chart and in the table. The first ten are Tableau 10
 * (distinct, and kind to the common colour-vision deficiencies); after those, hues a golden angle apart.
 */
final class Palette {
  private static final String[] COLORS = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
  };

  private Palette() {}

  static String color(int index) {
    if (index < COLORS.length) {
      return COLORS[index];
    }
    long hue = Math.round((index - COLORS.length) * 137.508 + 20) % 360;
    return "hsl(" + hue + ", 55%, 45%)";
  }
}
