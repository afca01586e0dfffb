/**
 * The simulated workbook as the sandbox shows it: its sheets as tables, the charts the pane asked
 * Excel for (ChartPicture.tsx: drawn from what was sent to the API, labelled as a simulation), and the
 * API log.
 */
import { Button, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { accord, displayValue, formatNombre, frenchFormula } from "../src/domain";
import { colName, parseA1, type FakeWorkbook } from "../excel-sim/fake-workbook";
import { ChartPicture } from "./ChartPicture";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  grid: { overflow: "auto", maxHeight: "420px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    whiteSpace: "nowrap",
    maxWidth: "260px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  charts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  log: {
    maxHeight: "200px",
    overflow: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
});

const MAX_ROWS = 80;
const MAX_COLS = 12;

/** A cell as the grid shows it: values as Excel displays them, formulas as a French Excel writes them. */
function shownCell(v: unknown, formulas: boolean): string {
  if (formulas && typeof v === "string" && v.startsWith("=")) return frenchFormula(v);
  return typeof v === "number" ? formatNombre(v) : displayValue(v);
}

/** The rows `first` to `first + MAX_ROWS` of a sheet, `cols` columns, the selected cell outlined. */
function SheetGrid(props: {
  readonly grid: readonly (readonly unknown[])[];
  readonly first: number;
  readonly cols: number;
  readonly selected: string | undefined;
  readonly formulas: boolean;
}): React.JSX.Element {
  const { grid, first, cols, selected, formulas } = props;
  const styles = useStyles();
  return (
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
                  <td
                    key={c}
                    data-cell={address}
                    className={`${styles.cell} ${address === selected ? styles.selected : ""}`}
                  >
                    {shownCell(row[c], formulas)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
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
    if (el instanceof HTMLElement && typeof el.scrollIntoView === "function")
      el.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected, sheet, version]);
  return (
    <section className={styles.root} aria-label="Classeur simulé" data-version={version}>
      <Subtitle2 as="h2">Classeur simulé (aucun Excel n'est utilisé)</Subtitle2>
      <div className={styles.tabs} role="group" aria-label="Feuilles du classeur simulé">
        {names.map((n) => (
          <Button
            key={n}
            size="small"
            appearance={n === sheet ? "primary" : "secondary"}
            onClick={() => setChosen(n)}
            aria-pressed={n === sheet}
          >
            {n}
          </Button>
        ))}
      </div>
      <Switch
        checked={formulas}
        onChange={(_, d) => setFormulas(d.checked)}
        label="Afficher les formules (syntaxe d'Excel en français)"
      />
      {selected && <Text>{`Cellule sélectionnée : ${sheet}!${selected}`}</Text>}
      <div ref={frame} className={styles.grid} tabIndex={0} role="region" aria-label={`Contenu de la feuille ${sheet}`}>
        <SheetGrid grid={grid} first={first} cols={cols} selected={selected} formulas={formulas} />
      </div>
      {grid.length > MAX_ROWS && (
        <Text
          size={200}
        >{`Lignes ${first + 1} à ${Math.min(grid.length, first + MAX_ROWS)} sur ${formatNombre(grid.length)}.`}</Text>
      )}
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
export function ApiLog({
  book,
  actions,
}: {
  book: FakeWorkbook;
  actions: readonly { name: string; syncs: number }[];
}): React.JSX.Element {
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
