/**
 * Finding the template in a sheet by its labels, never by a fixed address: rows may be shifted,
 * blank lines inserted, labels reworded, columns added (a « Total », a comment column).
 *
 * Bounded search (docs/choix.md « Modèle DDETS : repérage des lignes par leur libellé »), so that a sheet also holding
 * a 200 000-row table costs no more than the template itself: labels are looked for in the first {@link
 * LOCATE_LIMITS}.labelColumns columns of the first `scanRows` rows; the lines kept are at most `identityAbove` rows
 * above the « Calcul de l'assiette » header and `blockBelow` rows below it; the header row is read over
 * `headerColumns` columns right of the labels. Values are then read only at (row, EPCI column).
 * @see docs/regles/modele-ddets.md
 */
import { isBlank, type Grid } from "../cells";
import { EPCI_MODELE_06 } from "../epci/alpes-maritimes";
import type { EpciRef } from "../epci/types";
import { IDENTITY_ROWS } from "./identity";
import type { IdentityKey, LabelKey, RowKey } from "./keys";
import { classifyHeaderCell, prepareEpci } from "./match-epci";
import { createLabelMatcher, matchLabelCell, yearInLabel, type LabelCandidate } from "./match";
import { MODELE_ROWS } from "./model";

export const LOCATE_LIMITS = {
  scanRows: 400,
  labelColumns: 6,
  identityAbove: 40,
  blockBelow: 120,
  headerColumns: 64,
  labelLength: 400,
} as const;

/** An EPCI column of the header row. */
export interface EpciColumn {
  readonly col: number;
  readonly epci: EpciRef;
}

/** A header cell that is not (or not a new) EPCI column. */
export interface OtherHeader {
  readonly col: number;
  /** `autre`: a column GEF knows and ignores (Total, Commentaires); `inconnu`: unknown; `doublon`: an EPCI seen before. */
  readonly kind: "autre" | "inconnu" | "doublon";
  readonly text: string;
  /** For a `doublon`: the EPCI and its first column. */
  readonly epci?: EpciRef;
  readonly firstCol?: number;
}

/** Where the template stands in a sheet (0-based rows and columns), and what is missing. */
export interface ModeleLayout {
  /** True when at least one label of the template was found. */
  readonly found: boolean;
  readonly labelColumn: number;
  /** Row of each line of the block found (the best-scored one when a label appears twice). */
  readonly rows: Readonly<Partial<Record<RowKey, number>>>;
  /** Row of each identity line found. */
  readonly identite: Readonly<Partial<Record<IdentityKey, number>>>;
  /** Lines found more than once: the row kept first, then the others. */
  readonly duplicates: readonly { readonly key: LabelKey; readonly rows: readonly number[] }[];
  /** The row naming the EPCI columns (usually the « Calcul de l'assiette » row). */
  readonly headerRow?: number;
  readonly epciColumns: readonly EpciColumn[];
  readonly otherHeaders: readonly OtherHeader[];
  /** Lines of the block not found (separators excepted), in the model's order. */
  readonly missingRows: readonly RowKey[];
  /** Identity lines not found (the département, which has no label, excepted). */
  readonly missingIdentity: readonly IdentityKey[];
  readonly missingEpci: readonly EpciRef[];
  /** Year of the RPLS state, read in the patrimoine label (« au 01/01/2022 »). */
  readonly anneeRpls?: number;
  /** Year of the convention, read in the State rows (« en 2024 ») or else in the title. */
  readonly anneeConvention?: number;
  /** The département line under the title (« ALPES-MARITIMES »). */
  readonly departement?: { readonly text: string; readonly row: number; readonly col: number };
}

const CANDIDATES: readonly LabelCandidate<LabelKey>[] = [
  ...MODELE_ROWS.filter((r) => r.role !== "separateur").flatMap((r) =>
    r.variants.map((text) => ({ key: r.key, text })),
  ),
  ...IDENTITY_ROWS.flatMap((r) => r.variants.map((text) => ({ key: r.key, text }))),
];
const MATCHER = createLabelMatcher(CANDIDATES);
const ROW_KEYS = new Set<LabelKey>(MODELE_ROWS.map((r) => r.key));

interface Hit {
  readonly row: number;
  readonly col: number;
  readonly key: LabelKey;
  readonly score: number;
}

const textAt = (values: Grid, row: number, col: number): string => {
  const v = values[row]?.[col];
  return typeof v === "string" ? v : "";
};

/** Every label match in the scanned window. */
function scanLabels(values: Grid): Hit[] {
  const hits: Hit[] = [];
  const nRows = Math.min(values.length, LOCATE_LIMITS.scanRows);
  for (let r = 0; r < nRows; r++) {
    const row = values[r];
    if (row === undefined) continue;
    const nCols = Math.min(row.length, LOCATE_LIMITS.labelColumns);
    for (let c = 0; c < nCols; c++) {
      const v = row[c];
      if (typeof v !== "string" || v.length > LOCATE_LIMITS.labelLength || isBlank(v)) continue;
      const m = matchLabelCell(MATCHER, v);
      if (m !== undefined) hits.push({ row: r, col: c, key: m.key, score: m.score });
    }
  }
  return hits;
}

/** The column holding the most distinct labels (the leftmost on a tie). */
function labelColumnOf(hits: readonly Hit[]): number {
  const keys = new Map<number, Set<LabelKey>>();
  for (const h of hits) {
    const set = keys.get(h.col) ?? new Set<LabelKey>();
    set.add(h.key);
    keys.set(h.col, set);
  }
  let best = 0;
  let bestCount = -1;
  for (const [col, set] of [...keys].sort((a, b) => a[0] - b[0])) {
    if (set.size > bestCount) {
      best = col;
      bestCount = set.size;
    }
  }
  return best;
}

const byScoreThenRow = (a: Hit, b: Hit): number => b.score - a.score || a.row - b.row;

/** Locates the template in a sheet's values, with the EPCI expected in its header row. */
export function locateModele(values: Grid, epci: readonly EpciRef[] = EPCI_MODELE_06): ModeleLayout {
  const all = scanLabels(values);
  const labelColumn = all.length > 0 ? labelColumnOf(all) : 0;
  const inColumn = all.filter((h) => h.col === labelColumn);
  const header = inColumn.filter((h) => h.key === "entete").sort(byScoreThenRow)[0];
  const firstBlockHit = inColumn
    .filter((h) => ROW_KEYS.has(h.key) && h.key !== "entete")
    .sort((a, b) => a.row - b.row)[0];
  const anchor = header?.row ?? (firstBlockHit ? firstBlockHit.row - 1 : undefined);
  const inWindow = (h: Hit): boolean => {
    if (anchor === undefined) return true;
    if (ROW_KEYS.has(h.key))
      return h.key === "entete" ? h === header : h.row > anchor && h.row <= anchor + LOCATE_LIMITS.blockBelow;
    return h.row < anchor && h.row >= anchor - LOCATE_LIMITS.identityAbove;
  };
  const kept = inColumn.filter(inWindow);

  const rows: Partial<Record<RowKey, number>> = {};
  const identite: Partial<Record<IdentityKey, number>> = {};
  const duplicates: { key: LabelKey; rows: number[] }[] = [];
  const byKey = new Map<LabelKey, Hit[]>();
  for (const h of kept) byKey.set(h.key, [...(byKey.get(h.key) ?? []), h]);
  for (const [key, list] of byKey) {
    const sorted = [...list].sort(byScoreThenRow);
    const first = sorted[0];
    if (first === undefined) continue;
    if (ROW_KEYS.has(key)) rows[key as RowKey] = first.row;
    else identite[key as IdentityKey] = first.row;
    if (sorted.length > 1) duplicates.push({ key, rows: sorted.map((h) => h.row) });
  }
  duplicates.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));

  const headerInfo = readHeader(values, labelColumn, header?.row, firstBlockHit?.row, epci);
  const missingRows = MODELE_ROWS.filter((r) => r.role !== "separateur" && rows[r.key] === undefined).map((r) => r.key);
  const missingIdentity = IDENTITY_ROWS.filter((r) => r.variants.length > 0 && identite[r.key] === undefined).map(
    (r) => r.key,
  );
  const seen = new Set(headerInfo.epciColumns.map((c) => c.epci.siren));

  const yearOf = (row: number | undefined): number | undefined =>
    row === undefined ? undefined : yearInLabel(textAt(values, row, labelColumn));
  const anneeRpls = yearOf(rows.patrimoine);
  const anneeConvention = yearOf(rows.etatPrioritaires) ?? yearOf(rows.etatFonctionnaires) ?? yearOf(identite.titre);
  const labelRows = new Set(inColumn.map((h) => h.row));
  const departement = identite.titre === undefined ? undefined : departementAfter(values, identite.titre, labelRows);
  return {
    found: all.length > 0,
    labelColumn,
    rows,
    identite,
    duplicates,
    ...headerInfo,
    missingRows,
    missingIdentity,
    missingEpci: epci.filter((e) => !seen.has(e.siren)),
    ...(anneeRpls !== undefined ? { anneeRpls } : {}),
    ...(anneeConvention !== undefined ? { anneeConvention } : {}),
    ...(departement !== undefined ? { departement } : {}),
  };
}

/** The first text of the first non-blank line under the title, when it is no label. */
function departementAfter(values: Grid, titleRow: number, labelRows: ReadonlySet<number>): ModeleLayout["departement"] {
  for (let r = titleRow + 1; r <= titleRow + 3 && r < values.length; r++) {
    const row = values[r] ?? [];
    const n = Math.min(row.length, LOCATE_LIMITS.labelColumns);
    for (let c = 0; c < n; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      if (labelRows.has(r) || typeof v !== "string") return undefined;
      return { text: v.trim(), row: r, col: c };
    }
  }
  return undefined;
}

interface HeaderInfo {
  headerRow?: number;
  epciColumns: EpciColumn[];
  otherHeaders: OtherHeader[];
}

/**
 * Reads the EPCI header: the « Calcul de l'assiette » row or one next to it, or, without that label,
 * the row above the first line of the block holding the most EPCI names.
 */
function readHeader(
  values: Grid,
  labelColumn: number,
  headerLabelRow: number | undefined,
  firstBlockRow: number | undefined,
  epci: readonly EpciRef[],
): HeaderInfo {
  const prepared = prepareEpci(epci);
  const candidates: number[] = [];
  if (headerLabelRow !== undefined)
    candidates.push(headerLabelRow, headerLabelRow + 1, headerLabelRow - 1, headerLabelRow + 2);
  else if (firstBlockRow !== undefined)
    for (let r = firstBlockRow - 1; r >= Math.max(0, firstBlockRow - 5); r--) candidates.push(r);
  let best: HeaderInfo | undefined;
  let bestCount = 0;
  let labelRowInfo: HeaderInfo | undefined;
  for (const r of candidates) {
    const row = values[r];
    if (r < 0 || row === undefined) continue;
    const info: HeaderInfo = { headerRow: r, epciColumns: [], otherHeaders: [] };
    const end = Math.min(row.length, labelColumn + 1 + LOCATE_LIMITS.headerColumns);
    for (let c = labelColumn + 1; c < end; c++) {
      const cell = classifyHeaderCell(row[c], prepared);
      if (cell === undefined) continue;
      if (cell.kind !== "epci") {
        info.otherHeaders.push({ col: c, kind: cell.kind, text: cell.text });
        continue;
      }
      const first = info.epciColumns.find((e) => e.epci.siren === cell.epci.siren);
      if (first)
        info.otherHeaders.push({ col: c, kind: "doublon", text: String(row[c]), epci: cell.epci, firstCol: first.col });
      else info.epciColumns.push({ col: c, epci: cell.epci });
    }
    if (r === headerLabelRow) labelRowInfo = info;
    if (info.epciColumns.length > bestCount) {
      best = info;
      bestCount = info.epciColumns.length;
    }
  }
  // No EPCI anywhere: the label row's cells are still reported as unknown headers.
  return best ?? labelRowInfo ?? { epciColumns: [], otherHeaders: [] };
}
