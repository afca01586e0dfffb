/**
 * A table of figures readable at every width of the pane: in a narrow pane (the 320 px of Office),
 * each row is a card — its label on top, then « Objectif 53 », « Atteinte 17,2 % »… side by side,
 * wrapping — so no figure is ever beyond the frame; from 520 px of room, the same element is laid out
 * as a plain table. A table of a label and two figures fits 320 px and stays a table.
 *
 * One element for both layouts, so screen readers always meet a table: the explicit ARIA roles keep
 * its semantics when CSS changes its `display` (browsers drop them otherwise), and the column names
 * repeated in the cards are hidden from them (the column headers say it). Without container
 * queries (old webviews) the cards are what shows: readable everywhere.
 */
import { makeStyles, mergeClasses, tokens, type GriffelStyle } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Room from which the rows are laid out as a table (the bilan's six columns fit in it). */
const WIDE = "@container (min-width: 520px)";

const hidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};
const asTable = {
  table: { display: "table", borderCollapse: "collapse", tableLayout: "auto", width: "auto", minWidth: "100%" },
  head: {
    display: "table-header-group",
    position: "static",
    width: "auto",
    height: "auto",
    overflow: "visible",
    clipPath: "none",
    whiteSpace: "normal",
  },
  body: { display: "table-row-group" },
  row: { display: "table-row", border: "none", padding: 0, borderRadius: 0 },
  cell: {
    display: "table-cell",
    padding: "2px 6px",
    textAlign: "right",
    whiteSpace: "nowrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  label: {
    display: "table-cell",
    padding: "2px 6px",
    minWidth: "72px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  key: { display: "none" },
} satisfies Record<string, GriffelStyle>;

const useStyles = makeStyles({
  frame: { containerType: "inline-size", minWidth: 0, maxWidth: "100%", overflowX: "auto" },
  title: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  caption: hidden,
  table: { display: "block", width: "100%", fontSize: tokens.fontSizeBase200, [WIDE]: asTable.table },
  head: { ...hidden, [WIDE]: asTable.head },
  columnHeader: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  numberHeader: { textAlign: "right" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, [WIDE]: asTable.body },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(7rem, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    [WIDE]: asTable.row,
  },
  label: {
    gridColumn: "1 / -1",
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    [WIDE]: asTable.label,
  },
  // The column name and its figure side by side; when they do not fit, the figure moves whole to the next line.
  cell: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
    [WIDE]: asTable.cell,
  },
  // A column name wraps between its words only (« Mises à / disposition »), never inside one (« PLU / S »).
  key: { color: tokens.colorNeutralForeground3, overflowWrap: "break-word", [WIDE]: asTable.key },
  // A figure is never broken (« 9 / 1 », « 106 / (21,5 %) »): one line, right-aligned even alone on its line.
  value: { marginLeft: "auto", textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // A name (the « semestre seul » table gives the réservataire as a column) wraps between its words in a card.
  text: { whiteSpace: "normal", overflowWrap: "break-word", minWidth: 0 },
  total: { fontWeight: tokens.fontWeightSemibold },
  // A table of few columns: a table at every width.
  narrowTable: asTable.table,
  narrowHead: asTable.head,
  narrowBody: asTable.body,
  narrowRow: asTable.row,
  narrowCell: asTable.cell,
  narrowLabel: asTable.label,
  narrowKey: asTable.key,
});

export interface FigureRow {
  /** The row's label (réservataire, catégorie…), first cell of the row. */
  readonly label: ReactNode;
  /** One figure per column after the first. */
  readonly figures: readonly ReactNode[];
  /** A total row, in bold. */
  readonly total?: boolean;
}

export interface FigureGridProps {
  /** Title shown above the figures and accessible name of the table. */
  readonly titre: string;
  /** Column names, the rows' labels' first. */
  readonly entete: readonly string[];
  readonly lignes: readonly FigureRow[];
  /** Hide the visible title (when a heading just above says it). */
  readonly sansTitre?: boolean;
}

/** A cell holding words (a name), not a figure: it may wrap between its words. */
const isText = (f: ReactNode): boolean => typeof f === "string" && /\p{L}{3,}/u.test(f);

export function FigureGrid({ titre, entete, lignes, sansTitre }: FigureGridProps): React.JSX.Element {
  const s = useStyles();
  const narrow = entete.length <= 3;
  const pick = (card: string, table: string): string => (narrow ? mergeClasses(card, table) : card);
  return (
    <div>
      {sansTitre !== true && (
        <div className={s.title} aria-hidden="true">
          {titre}
        </div>
      )}
      <div className={s.frame} role="region" tabIndex={0} aria-label={titre}>
        <table role="table" aria-label={titre} className={pick(s.table, s.narrowTable)}>
          <caption className={s.caption}>{titre}</caption>
          <thead role="rowgroup" className={pick(s.head, s.narrowHead)}>
            <tr role="row">
              {entete.map((h, i) => (
                <th
                  key={`${h}-${i}`}
                  role="columnheader"
                  scope="col"
                  className={i === 0 ? s.columnHeader : mergeClasses(s.columnHeader, s.numberHeader)}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" className={pick(s.body, s.narrowBody)}>
            {lignes.map((l, i) => (
              <tr key={i} role="row" className={mergeClasses(pick(s.row, s.narrowRow), l.total === true && s.total)}>
                <th role="rowheader" scope="row" className={pick(s.label, s.narrowLabel)}>
                  {l.label}
                </th>
                {l.figures.map((f, j) => (
                  <td key={j} role="cell" className={pick(s.cell, s.narrowCell)}>
                    <span aria-hidden="true" className={pick(s.key, s.narrowKey)}>
                      {entete[j + 1]}
                    </span>
                    <span className={mergeClasses(s.value, isText(f) && s.text)}>{f}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
