/**
 * A chart of the simulated workbook as the sandbox draws it, from what the pane sent to the API
 * (source range, type, data labels), labelled as a simulation: sectors, clustered columns or 100 %
 * stacked columns, and the legend Excel would show.
 */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatNombre } from "../src/domain";
import type { FakeChart, FakeWorkbook } from "../excel-sim/fake-workbook";
import { chartData, clusteredLayout, type ChartData } from "./chart-data";

const useStyles = makeStyles({
  chart: { border: `1px dashed ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalS, width: "300px" },
  legend: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "10px", height: "10px", flexShrink: 0 },
});

const COLORS = ["#0f6c5c", "#2b88d8", "#c239b3", "#ca5010", "#8764b8", "#498205", "#a4262c", "#605e5c", "#038387"];
const color = (i: number): string => COLORS[i % COLORS.length] ?? "#000";
const W = 280;

/** Excel's percentages of a whole: each part ÷ the total, rounded to the unit (as data labels show them). */
const percent = (x: number, total: number): string => (total > 0 ? `${Math.round((100 * x) / total)}\u00a0%` : "—");

interface Picture {
  readonly shapes: React.JSX.Element[];
  readonly legend: readonly { readonly color: string; readonly text: string }[];
}

/** Sectors of the first series, their percentages inside when asked and wide enough. */
function pie({ labels, series }: ChartData, showPercentage: boolean): Picture {
  const values = series[0]?.values ?? [];
  const total = values.reduce((a, b) => a + b, 0);
  let angle = -Math.PI / 2;
  const shapes = values.flatMap((x, i) => {
    if (x <= 0 || total <= 0) return [];
    const a0 = angle;
    angle += (2 * Math.PI * x) / total;
    const large = angle - a0 > Math.PI ? 1 : 0;
    const p = (a: number, r = 80): string => `${100 + r * Math.cos(a)},${100 + r * Math.sin(a)}`;
    const mid = (a0 + angle) / 2;
    const path =
      x === total ? (
        <circle key={i} cx={100} cy={100} r={80} fill={color(i)} />
      ) : (
        <path key={i} d={`M100,100 L${p(a0)} A80,80 0 ${large} 1 ${p(angle)} Z`} fill={color(i)} />
      );
    if (!showPercentage || angle - a0 <= 0.25) return [path];
    const label = (
      <text
        key={`t${i}`}
        x={100 + 55 * Math.cos(mid)}
        y={104 + 55 * Math.sin(mid)}
        textAnchor="middle"
        fontSize="11"
        fill="#fff"
      >
        {percent(x, total)}
      </text>
    );
    return [path, label];
  });
  const legend = labels.map((l, i) => ({
    color: color(i),
    text: `${l} : ${formatNombre(values[i] ?? 0)} (${percent(values[i] ?? 0, total)})`,
  }));
  return { shapes, legend };
}

/** Columns side by side, category labels turned so that none overlaps (chart-data.ts). */
function clustered(data: ChartData, H: number): Picture {
  const l = clusteredLayout(data, W, H, 100);
  const shapes = [
    ...l.bars.map((b) => (
      <rect key={`${b.series}-${b.x}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={color(b.series)} />
    )),
    ...l.labels.map((t) => (
      <text
        key={`x${t.x}`}
        transform={`translate(${t.x + l.fontSize / 3},${t.y}) rotate(-90)`}
        textAnchor="end"
        fontSize={l.fontSize}
      >
        {t.text}
      </text>
    )),
  ];
  return { shapes, legend: data.series.map((se, i) => ({ color: color(i), text: se.name })) };
}

/** 100 % stacked columns, one per category, each part's percentage inside when tall enough. */
function stacked({ labels, series }: ChartData, H: number): Picture {
  const colW = (W - 20) / Math.max(1, labels.length);
  const shapes = labels.flatMap((name, j) => {
    const total = series.reduce((s, se) => s + (se.values[j] ?? 0), 0);
    const x = 10 + j * colW;
    let y = H - 20;
    const bars = series.flatMap((se, i) => {
      const v = se.values[j] ?? 0;
      const h = total > 0 ? (v / total) * (H - 30) : 0;
      y -= h;
      if (h <= 0) return [];
      const rect = <rect key={`${i}-${j}`} x={x + 8} y={y} width={colW - 16} height={h} fill={color(i)} />;
      if (h <= 12) return [rect];
      const label = (
        <text key={`t${i}-${j}`} x={x + colW / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize="10" fill="#fff">
          {percent(v, total)}
        </text>
      );
      return [rect, label];
    });
    const categorie = (
      <text key={`x${j}`} x={x + colW / 2} y={H - 6} textAnchor="middle" fontSize="11">
        {name}
      </text>
    );
    return [...bars, categorie];
  });
  return { shapes, legend: series.map((se, i) => ({ color: color(i), text: se.name })) };
}

const KIND: Readonly<Record<string, string>> = { Pie: "Secteurs", ColumnClustered: "Colonnes groupées" };

/** The data labels asked of Excel, as the sandbox lists them under the chart. */
function labelsAsked(chart: FakeChart): string {
  const { showValue, showPercentage, numberFormat } = chart.dataLabels;
  const value = showValue ? `valeur${numberFormat ? ` (format ${numberFormat})` : ""}` : "";
  const asked = [value, showPercentage ? "pourcentage" : ""].filter(Boolean).join(" et ");
  return `Étiquettes demandées à Excel : ${asked || "aucune"} ; source ${chart.source}.`;
}

export function ChartPicture({
  book,
  sheet,
  chart,
}: {
  book: FakeWorkbook;
  sheet: string;
  chart: FakeChart;
}): React.JSX.Element {
  const styles = useStyles();
  const data = chartData(chart.source, (r, c) => book.sheets.get(sheet)?.get(r, c)?.value, chart.seriesBy);
  const H = chart.type === "ColumnClustered" ? 300 : 200;
  const { shapes, legend } =
    chart.type === "Pie"
      ? pie(data, chart.dataLabels.showPercentage)
      : chart.type === "ColumnClustered"
        ? clustered(data, H)
        : stacked(data, H);
  return (
    <figure className={styles.chart}>
      <figcaption>
        <Badge appearance="outline">simulation</Badge> <Text weight="semibold">{chart.title}</Text>
      </figcaption>
      <svg
        width={W}
        height={H}
        role="img"
        aria-label={`${KIND[chart.type] ?? "Colonnes empilées 100 %"} simulé : ${chart.title}`}
      >
        {shapes}
      </svg>
      <ul className={styles.legend} aria-label={`Légende : ${chart.title}`}>
        {legend.map((l) => (
          <li key={l.text} className={styles.legendItem}>
            <span className={styles.swatch} style={{ backgroundColor: l.color }} aria-hidden="true" />
            <Text size={200}>{l.text}</Text>
          </li>
        ))}
      </ul>
      <Text size={100} block>
        {labelsAsked(chart)}
      </Text>
    </figure>
  );
}
