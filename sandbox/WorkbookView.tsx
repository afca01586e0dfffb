/**
 * The simulated workbook as the sandbox shows it: its sheets as tables, the charts the pane asked
 * Excel for (drawn from what was sent to the API, labelled as a simulation), and the API log.
 */
import { Badge, Button, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { displayValue } from "../src/domain";
import { colName, parseA1, type FakeChart, type FakeWorkbook } from "./fake-workbook";

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
  log: { maxHeight: "200px", overflow: "auto", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

const COLORS = ["#0f6c5c", "#2b88d8", "#c239b3", "#ca5010", "#8764b8", "#498205", "#a4262c", "#605e5c", "#038387"];

const MAX_ROWS = 80;
const MAX_COLS = 12;

function chartData(book: FakeWorkbook, sheet: string, chart: FakeChart): { labels: string[]; series: { name: string; values: number[] }[] } {
  const { r0, c0, r1, c1 } = parseA1(chart.source);
  const v = (r: number, c: number): unknown => book.sheets.get(sheet)?.get(r, c)?.value;
  if (chart.seriesBy === "Rows") {
    const labels = Array.from({ length: c1 - c0 }, (_, k) => displayValue(v(r0, c0 + 1 + k)));
    const series = Array.from({ length: r1 - r0 }, (_, k) => ({
      name: displayValue(v(r0 + 1 + k, c0)),
      values: labels.map((_, j) => Number(v(r0 + 1 + k, c0 + 1 + j)) || 0),
    }));
    return { labels, series };
  }
  const labels = Array.from({ length: r1 - r0 }, (_, k) => displayValue(v(r0 + 1 + k, c0)));
  return { labels, series: [{ name: displayValue(v(r0, c0 + 1)), values: labels.map((_, k) => Number(v(r0 + 1 + k, c0 + 1)) || 0) }] };
}

function ChartPicture({ book, sheet, chart }: { book: FakeWorkbook; sheet: string; chart: FakeChart }): React.JSX.Element {
  const { labels, series } = chartData(book, sheet, chart);
  const W = 280;
  const H = 180;
  let shapes: React.JSX.Element[] = [];
  if (chart.type === "Pie") {
    const values = series[0]?.values ?? [];
    const total = values.reduce((a, b) => a + b, 0) || 1;
    let angle = -Math.PI / 2;
    shapes = values.map((x, i) => {
      const a0 = angle;
      angle += (2 * Math.PI * x) / total;
      const large = angle - a0 > Math.PI ? 1 : 0;
      const p = (a: number): string => `${90 + 80 * Math.cos(a)},${90 + 80 * Math.sin(a)}`;
      return <path key={i} d={`M90,90 L${p(a0)} A80,80 0 ${large} 1 ${p(angle)} Z`} fill={COLORS[i % COLORS.length]} />;
    });
  } else {
    const colW = (W - 20) / Math.max(1, labels.length);
    shapes = labels.flatMap((_, j) => {
      const total = series.reduce((s, se) => s + (se.values[j] ?? 0), 0) || 1;
      let y = H - 20;
      return series.map((se, i) => {
        const h = ((se.values[j] ?? 0) / total) * (H - 30);
        y -= h;
        return <rect key={`${i}-${j}`} x={10 + j * colW + 8} y={y} width={colW - 16} height={h} fill={COLORS[i % COLORS.length]} />;
      });
    });
  }
  return (
    <figure className={useStyles().chart}>
      <figcaption>
        <Badge appearance="outline">simulation</Badge> <Text weight="semibold">{chart.title}</Text>
      </figcaption>
      <svg width={W} height={H} role="img" aria-label={`${chart.type} simulé : ${chart.title}`}>
        {shapes}
      </svg>
      <Text size={100} block>
        {`${chart.type}, source ${chart.source}, séries par ${chart.seriesBy === "Rows" ? "lignes" : "colonnes"} ; étiquettes : ${[
          chart.dataLabels.showValue ? `valeur${chart.dataLabels.numberFormat ? ` (${chart.dataLabels.numberFormat})` : ""}` : "",
          chart.dataLabels.showPercentage ? "pourcentage" : "",
        ].filter(Boolean).join(", ") || "aucune"}`}
      </Text>
      <Text size={100} block>
        {labels.map((l, i) => `${l} : ${series.map((s) => Number((s.values[i] ?? 0).toFixed(4))).join(" / ")}`).join(" ; ")}
      </Text>
    </figure>
  );
}

export function WorkbookView({ book, version }: { book: FakeWorkbook; version: number }): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string | undefined>();
  const [formulas, setFormulas] = useState(true);
  const names = [...book.sheets.keys()];
  const sheet = chosen !== undefined && book.sheets.has(chosen) ? chosen : book.active;
  const grid = book.grid(sheet, formulas ? "formulas" : "values");
  const selected = book.selection?.sheet === sheet ? book.selection.address : undefined;
  const cols = Math.min(MAX_COLS, Math.max(0, ...grid.map((r) => r.length)));
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
      <Switch checked={formulas} onChange={(_, d) => setFormulas(d.checked)} label="Afficher les formules" />
      {selected && <Text>{`Cellule sélectionnée : ${sheet}!${selected}`}</Text>}
      <div className={styles.grid} tabIndex={0} role="region" aria-label={`Contenu de la feuille ${sheet}`}>
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
            {grid.slice(0, MAX_ROWS).map((row, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const address = `${colName(c)}${r + 1}`;
                  return (
                    <td key={c} data-cell={address} className={`${styles.cell} ${address === selected ? styles.selected : ""}`}>
                      {typeof row[c] === "number" ? String(row[c]) : displayValue(row[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.length > MAX_ROWS && <Text size={200}>{`… ${grid.length - MAX_ROWS} lignes de plus.`}</Text>}
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
          <li key={i}>{`${a.name} : ${a.syncs} synchronisation(s)`}</li>
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
