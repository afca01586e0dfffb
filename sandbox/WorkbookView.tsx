/**
 * The simulated workbook as the sandbox shows it: its sheets as tables, the charts the pane asked
 * Excel for (drawn from what was sent to the API, labelled as a simulation), and the API log.
 */
import { Badge, Button, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { accord, displayValue, formatNombre, frenchFormula } from "../src/domain";
import { chartData, clusteredLayout } from "./chart-data";
import { colName, parseA1, type FakeChart, type FakeWorkbook } from "../excel-sim/fake-workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  grid: { overflow: "auto", maxHeight: "420px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "1px 4px", whiteSpace: "nowrap", maxWidth: "260px", overflow: "hidden", textOverflow: "ellipsis" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  charts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  chart: { border: `1px dashed ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalS, width: "300px" },
  legend: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "10px", height: "10px", flexShrink: 0 },
  log: { maxHeight: "200px", overflow: "auto", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

const COLORS = ["#0f6c5c", "#2b88d8", "#c239b3", "#ca5010", "#8764b8", "#498205", "#a4262c", "#605e5c", "#038387"];

const MAX_ROWS = 80;
const MAX_COLS = 12;

/** Excel's percentages of a whole: each part ÷ the total, rounded to the unit (as data labels show them). */
const percent = (x: number, total: number): string => (total > 0 ? `${Math.round((100 * x) / total)}\u00a0%` : "—");

function ChartPicture({ book, sheet, chart }: { book: FakeWorkbook; sheet: string; chart: FakeChart }): React.JSX.Element {
  const styles = useStyles();
  const { labels, series } = chartData(chart.source, (r, c) => book.sheets.get(sheet)?.get(r, c)?.value, chart.seriesBy);
  const W = 280;
  const H = chart.type === "ColumnClustered" ? 300 : 200;
  let shapes: React.JSX.Element[] = [];
  let legend: { color: string; text: string }[] = [];
  if (chart.type === "Pie") {
    const values = series[0]?.values ?? [];
    const total = values.reduce((a, b) => a + b, 0);
    let angle = -Math.PI / 2;
    shapes = values.flatMap((x, i) => {
      if (x <= 0 || total <= 0) return [];
      const a0 = angle;
      angle += (2 * Math.PI * x) / total;
      const large = angle - a0 > Math.PI ? 1 : 0;
      const p = (a: number, r = 80): string => `${100 + r * Math.cos(a)},${100 + r * Math.sin(a)}`;
      const mid = (a0 + angle) / 2;
      const path =
        x === total ? <circle key={i} cx={100} cy={100} r={80} fill={COLORS[i % COLORS.length]} /> : <path key={i} d={`M100,100 L${p(a0)} A80,80 0 ${large} 1 ${p(angle)} Z`} fill={COLORS[i % COLORS.length]} />;
      const label =
        chart.dataLabels.showPercentage && angle - a0 > 0.25 ? (
          <text key={`t${i}`} x={100 + 55 * Math.cos(mid)} y={104 + 55 * Math.sin(mid)} textAnchor="middle" fontSize="11" fill="#fff">
            {percent(x, total)}
          </text>
        ) : null;
      return label ? [path, label] : [path];
    });
    legend = labels.map((l, i) => ({ color: COLORS[i % COLORS.length] ?? "#000", text: `${l} : ${formatNombre(values[i] ?? 0)} (${percent(values[i] ?? 0, total)})` }));
  } else if (chart.type === "ColumnClustered") {
    const l = clusteredLayout({ labels, series }, W, H, 100);
    shapes = [
      ...l.bars.map((b) => <rect key={`${b.series}-${b.x}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={COLORS[b.series % COLORS.length]} />),
      ...l.labels.map((t) => (
        <text key={`x${t.x}`} transform={`translate(${t.x + l.fontSize / 3},${t.y}) rotate(-90)`} textAnchor="end" fontSize={l.fontSize}>
          {t.text}
        </text>
      )),
    ];
    legend = series.map((se, i) => ({ color: COLORS[i % COLORS.length] ?? "#000", text: se.name }));
  } else {
    const colW = (W - 20) / Math.max(1, labels.length);
    shapes = labels.flatMap((name, j) => {
      const total = series.reduce((s, se) => s + (se.values[j] ?? 0), 0);
      let y = H - 20;
      const bars = series.flatMap((se, i) => {
        const v = se.values[j] ?? 0;
        const h = total > 0 ? (v / total) * (H - 30) : 0;
        y -= h;
        if (h <= 0) return [];
        const rect = <rect key={`${i}-${j}`} x={10 + j * colW + 8} y={y} width={colW - 16} height={h} fill={COLORS[i % COLORS.length]} />;
        return h > 12 ? [rect, <text key={`t${i}-${j}`} x={10 + j * colW + colW / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize="10" fill="#fff">{percent(v, total)}</text>] : [rect];
      });
      return [...bars, <text key={`x${j}`} x={10 + j * colW + colW / 2} y={H - 6} textAnchor="middle" fontSize="11">{name}</text>];
    });
    legend = series.map((se, i) => ({ color: COLORS[i % COLORS.length] ?? "#000", text: se.name }));
  }
  return (
    <figure className={styles.chart}>
      <figcaption>
        <Badge appearance="outline">simulation</Badge> <Text weight="semibold">{chart.title}</Text>
      </figcaption>
      <svg width={W} height={H} role="img" aria-label={`${chart.type === "Pie" ? "Secteurs" : chart.type === "ColumnClustered" ? "Colonnes groupées" : "Colonnes empilées 100 %"} simulé : ${chart.title}`}>
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
        {`Étiquettes demandées à Excel : ${[
          chart.dataLabels.showValue ? `valeur${chart.dataLabels.numberFormat ? ` (format ${chart.dataLabels.numberFormat})` : ""}` : "",
          chart.dataLabels.showPercentage ? "pourcentage" : "",
        ].filter(Boolean).join(" et ") || "aucune"} ; source ${chart.source}.`}
      </Text>
    </figure>
  );
}

/** A cell as the grid shows it: values as Excel displays them, formulas as a French Excel writes them. */
function shownCell(v: unknown, formulas: boolean): string {
  if (formulas && typeof v === "string" && v.startsWith("=")) return frenchFormula(v);
  return typeof v === "number" ? formatNombre(v) : displayValue(v);
}

export function WorkbookView({ book, version }: { book: FakeWorkbook; version: number }): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string | undefined>();
  const [formulas, setFormulas] = useState(false);
  const names = [...book.sheets.keys()];
  const selection = book.selection;
  // A new selection (a problem clicked in the pane) shows its sheet.
  const [seen, setSeen] = useState(selection);
  if (selection !== seen) {
    setSeen(selection);
    setChosen(undefined);
  }
  const sheet = chosen !== undefined && book.sheets.has(chosen) ? chosen : (selection?.sheet ?? book.active);
  const grid = book.grid(sheet, formulas ? "formulas" : "values");
  const selected = selection?.sheet === sheet ? selection.address : undefined;
  const selectedRow = selected === undefined ? 0 : parseA1(selected).r0;
  // Rows shown: the first ones, or a window around the selected cell further down.
  const first = selectedRow >= MAX_ROWS ? Math.max(0, selectedRow - MAX_ROWS / 2) : 0;
  const cols = Math.min(MAX_COLS, Math.max(0, ...grid.map((r) => r.length)));
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected === undefined) return;
    const el = frame.current?.querySelector(`[data-cell="${selected}"]`);
    if (el instanceof HTMLElement && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected, sheet, version]);
  return (
    <section className={styles.root} aria-label="Classeur simulé" data-version={version}>
      <Subtitle2 as="h2">Classeur simulé (aucun Excel n'est utilisé)</Subtitle2>
      <div className={styles.tabs} role="group" aria-label="Feuilles du classeur simulé">
        {names.map((n) => (
          <Button key={n} size="small" appearance={n === sheet ? "primary" : "secondary"} onClick={() => setChosen(n)} aria-pressed={n === sheet}>
            {n}
          </Button>
        ))}
      </div>
      <Switch checked={formulas} onChange={(_, d) => setFormulas(d.checked)} label="Afficher les formules (syntaxe d'Excel en français)" />
      {selected && <Text>{`Cellule sélectionnée : ${sheet}!${selected}`}</Text>}
      <div ref={frame} className={styles.grid} tabIndex={0} role="region" aria-label={`Contenu de la feuille ${sheet}`}>
        <table className={styles.table} data-testid="feuille">
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} scope="col" aria-label="Ligne" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`} scope="col">
                  {colName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.slice(first, first + MAX_ROWS).map((row, k) => {
              const r = first + k;
              return (
                <tr key={r}>
                  <th className={`${styles.cell} ${styles.head}`} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const address = `${colName(c)}${r + 1}`;
                    return (
                      <td key={c} data-cell={address} className={`${styles.cell} ${address === selected ? styles.selected : ""}`}>
                        {shownCell(row[c], formulas)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {grid.length > MAX_ROWS && <Text size={200}>{`Lignes ${first + 1} à ${Math.min(grid.length, first + MAX_ROWS)} sur ${formatNombre(grid.length)}.`}</Text>}
      {book.charts(sheet).length > 0 && (
        <div className={styles.charts} aria-label="Graphiques demandés à Excel">
          {book.charts(sheet).map((c) => (
            <ChartPicture key={c.name} book={book} sheet={sheet} chart={c} />
          ))}
        </div>
      )}
    </section>
  );
}

/** The API calls and syncs of each action. */
export function ApiLog({ book, actions }: { book: FakeWorkbook; actions: readonly { name: string; syncs: number }[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="Journal des appels à l'API Excel">
      <Subtitle2 as="h2">Appels à l'API Excel</Subtitle2>
      <ol data-testid="syncs">
        {actions.map((a, i) => (
          <li key={i}>{`${a.name} : ${accord(a.syncs, "synchronisation")}`}</li>
        ))}
      </ol>
      <div className={styles.log} tabIndex={0} role="region" aria-label="Derniers appels">
        {book.calls.slice(-60).map((c, i) => (
          <div key={i}>{`${c.objet}.${c.methode}(${c.details})`}</div>
        ))}
      </div>
    </section>
  );
}
