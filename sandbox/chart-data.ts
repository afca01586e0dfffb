/**
 * What a chart of the simulated workbook shows, read from its source range as Excel reads it
 * (learn.microsoft.com, « ChartCollection.add »: with seriesBy Columns, the first column gives the
 * categories and each other column a series named by its header; with Rows, the reverse), and where
 * the sandbox draws its bars and category labels so that no two labels overlap.
 */
import { displayValue } from "../src/domain";
import { parseA1 } from "../excel-sim/range";

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface ChartData {
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** Categories and series of `source` (A1 range, header row and first column included). */
export function chartData(source: string, value: (r: number, c: number) => unknown, seriesBy: string): ChartData {
  const { r0, c0, r1, c1 } = parseA1(source);
  const num = (r: number, c: number): number => Number(value(r, c)) || 0;
  if (seriesBy === "Rows") {
    const labels = Array.from({ length: c1 - c0 }, (_, k) => displayValue(value(r0, c0 + 1 + k)));
    const series = Array.from({ length: r1 - r0 }, (_, k) => ({
      name: displayValue(value(r0 + 1 + k, c0)),
      values: labels.map((_, j) => num(r0 + 1 + k, c0 + 1 + j)),
    }));
    return { labels, series };
  }
  const labels = Array.from({ length: r1 - r0 }, (_, k) => displayValue(value(r0 + 1 + k, c0)));
  const series = Array.from({ length: c1 - c0 }, (_, s) => ({
    name: displayValue(value(r0, c0 + 1 + s)),
    values: labels.map((_, k) => num(r0 + 1 + k, c0 + 1 + s)),
  }));
  return { labels, series };
}

export interface Bar {
  readonly series: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A category label, written upwards from the axis (rotated -90°) and cut to the room below the bars. */
export interface AxisLabel {
  readonly text: string;
  /** Centre of the label's column, and the axis line it starts from. */
  readonly x: number;
  readonly y: number;
}

export interface ClusteredLayout {
  readonly bars: readonly Bar[];
  readonly labels: readonly AxisLabel[];
  /** Font size of the labels: a rotated label takes that much width, never more than its column. */
  readonly fontSize: number;
}

/** Characters that fit in `px` at `fontSize` (0.7 em per character: names are in capitals). */
const fits = (px: number, fontSize: number): number => Math.max(1, Math.floor(px / (0.7 * fontSize)));

/**
 * Clustered columns: one group per category, one bar per series side by side, heights on one scale
 * (the largest value); labels rotated under the axis, one in two (or fewer) when columns are too
 * narrow for a line of text, so that none overlaps another.
 */
export function clusteredLayout(d: ChartData, width: number, height: number, labelRoom: number): ClusteredLayout {
  const fontSize = 10;
  const n = Math.max(1, d.labels.length);
  const colW = (width - 20) / n;
  const axis = height - labelRoom;
  const max = Math.max(1, ...d.series.flatMap((s) => s.values));
  const barW = Math.max(1, (colW - 4) / Math.max(1, d.series.length));
  const bars: Bar[] = [];
  d.series.forEach((s, i) =>
    s.values.forEach((v, j) => {
      const h = v > 0 ? (v / max) * (axis - 10) : 0;
      if (h > 0) bars.push({ series: i, x: 10 + j * colW + 2 + i * barW, y: axis - h, width: barW, height: h });
    }),
  );
  const step = Math.max(1, Math.ceil((fontSize + 2) / colW));
  const room = fits(labelRoom - 6, fontSize);
  const labels = d.labels.flatMap((text, j) =>
    j % step === 0
      ? [{ text: text.length > room ? `${text.slice(0, room - 1)}…` : text, x: 10 + j * colW + colW / 2, y: axis + 4 }]
      : [],
  );
  return { bars, labels, fontSize };
}
