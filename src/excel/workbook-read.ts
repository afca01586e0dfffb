/**
 * What each pane action reads of the workbook, and in what order, so that nothing large is read
 * before it is known to be needed (docs/architecture.md):
 * 1. the sheets' names (one sync);
 * 2. a bounded window of each sheet that may matter (values only; formulas and number formats only
 *    for the sheet that may hold the template): enough rows and columns to find the DDETS template
 *    by its labels and a table by its header row;
 * 3. then only the columns each action needs, below the window, in row blocks under the payload
 *    budget (block-reader.ts).
 * Syncs per action = a fixed number + ⌈bytes read ÷ budget⌉.
 */
import {
  LOGEMENT_COLUMNS,
  LOCATE_LIMITS,
  MOUVEMENT_COLUMNS,
  findHeaderRow,
  lireEtatDesLieux,
  readLogements,
  readMouvements,
  type Grid,
  type MouvementsRead,
  type SheetRead,
} from "../domain";
import { epciForModele, findModeleSheet } from "../jobs";
import type { ActionControl } from "./action-types";
import {
  BlockReader,
  FIRST_GUESS_BYTES_PER_CELL,
  FORMULAS_FACTOR,
  MIN_BLOCK_ROWS,
  jsonBytes,
  type Block,
  type UsedExtent,
} from "./block-reader";
import type { Meter } from "./meter";
import { queueOwnedSheets, type OwnedSheets } from "./owned-sheets";
import { SheetStore } from "./sheet-store";

/**
 * Rows of the window (docs/choix.md « Lecture du classeur par le volet »): the template locator scans 400 rows, then
 * reads 120 below its header.
 */
export const WINDOW_ROWS = LOCATE_LIMITS.scanRows + LOCATE_LIMITS.blockBelow;
/**
 * Columns of the window (docs/choix.md « Lecture du classeur par le volet »): an RPLS extract has 40 to 70 columns;
 * headers further right are not read.
 */
export const WINDOW_COLUMNS = 128;
/**
 * Columns whose formulas are read (docs/choix.md « Lecture du classeur par le volet »): the locator's label columns
 * and the EPCI header's reach.
 */
export const FORMULA_COLUMNS = LOCATE_LIMITS.labelColumns + LOCATE_LIMITS.headerColumns + 2;
/**
 * Columns a sheet is assumed to use when its window is first read, before its extent is known (docs/choix.md
 * « Lecture du classeur par le volet »): the template has 6 to 8, GEF's tables 6 to 15, an RPLS extract up to 70. A
 * wrong guess costs one more sync (the rest of the window) or, past Office's limit, a retry in halves, never a failure.
 */
const ASSUMED_COLUMNS = 24;
/**
 * Columns read further down for a sheet read whole (an état des lieux) (docs/choix.md
 * « Lecture du classeur par le volet »).
 */
const MAX_WHOLE_COLUMNS = 256;

export interface SheetInfo {
  readonly name: string;
  readonly id: string;
  readonly visible: boolean;
}

/** A sheet as the pane reads it, A1 at [0][0] (SheetRead, the one shape), with number formats when read and its row count. */
export interface PaneSheet extends SheetRead {
  readonly numberFormat?: Grid | undefined;
  /** Rows of the sheet (to its last used row). */
  readonly rows: number;
}

/** The sheets of the workbook (tab order), the active one, and those GEF created: one sync. */
export async function listSheets(meter: Meter): Promise<{ active: string; sheets: SheetInfo[]; owned: OwnedSheets }> {
  const list = meter.context.workbook.worksheets;
  list.load("items/name,items/id,items/visibility");
  const active = list.getActiveWorksheet().load("name");
  const owned = queueOwnedSheets(meter.context);
  await meter.sync();
  return {
    active: active.name,
    sheets: list.items.map((s) => ({ name: s.name, id: s.id, visible: s.visibility === "Visible" })),
    owned: owned(),
  };
}

interface Window {
  readonly store: SheetStore;
  extent: UsedExtent | undefined;
  /** Rows of the window read so far, from row 0. */
  readRows: number;
}

/** Reads the windows of `names`: one sync for all of them, then the rest of the larger windows. */
async function readWindows(
  reader: BlockReader,
  names: readonly string[],
  withFormulas: ReadonlySet<string>,
): Promise<Map<string, Window>> {
  const windows = new Map<string, Window>();
  if (names.length === 0) return windows;
  // First pass: each sheet gets a share of one sync's budget.
  const weight = (n: string): number => ASSUMED_COLUMNS * (withFormulas.has(n) ? 1 + FORMULAS_FACTOR : 1);
  const totalWeight = names.reduce((s, n) => s + weight(n), 0);
  const share = Math.max(
    MIN_BLOCK_ROWS,
    Math.min(WINDOW_ROWS, Math.floor(reader.budget / (totalWeight * FIRST_GUESS_BYTES_PER_CELL))),
  );
  const blocks: Block[] = [];
  for (const name of names) {
    const w: Window = { store: new SheetStore(name, WINDOW_ROWS), extent: undefined, readRows: share };
    windows.set(name, w);
    const receive = (data: Parameters<Block["receive"]>[0], extent: UsedExtent | undefined): void => {
      w.extent = extent;
      if (data) w.store.put(data);
    };
    blocks.push({
      sheet: name,
      r0: 0,
      rows: share,
      c0: 0,
      cols: WINDOW_COLUMNS,
      props: ["values"],
      clip: true,
      bytesPerCell: (FIRST_GUESS_BYTES_PER_CELL * ASSUMED_COLUMNS) / WINDOW_COLUMNS,
      receive,
    });
    if (withFormulas.has(name)) {
      blocks.push({
        sheet: name,
        r0: 0,
        rows: share,
        c0: 0,
        cols: FORMULA_COLUMNS,
        props: ["formulas", "numberFormat"],
        clip: true,
        bytesPerCell: (FIRST_GUESS_BYTES_PER_CELL * FORMULAS_FACTOR * ASSUMED_COLUMNS) / FORMULA_COLUMNS,
        receive,
      });
    }
  }
  await reader.run(blocks);
  // Second pass: the rest of each window, now that the sheets' extents are known.
  const rest: Block[] = [];
  for (const [name, w] of windows) {
    const e = w.extent;
    if (e === undefined) continue;
    const end = Math.min(WINDOW_ROWS, e.rowIndex + e.rowCount);
    const right = Math.min(WINDOW_COLUMNS, e.columnIndex + e.columnCount);
    const from = Math.max(w.readRows, e.rowIndex);
    if (from >= end || e.columnIndex >= right) continue;
    const put = (data: Parameters<Block["receive"]>[0]): void => {
      if (data) w.store.put(data);
    };
    const bpc = measure(w.store, e.columnIndex, right);
    rest.push({
      sheet: name,
      r0: from,
      rows: end - from,
      c0: e.columnIndex,
      cols: right - e.columnIndex,
      props: ["values"],
      bytesPerCell: bpc,
      receive: put,
    });
    if (withFormulas.has(name) && e.columnIndex < FORMULA_COLUMNS) {
      const cols = Math.min(FORMULA_COLUMNS, right) - e.columnIndex;
      rest.push({
        sheet: name,
        r0: from,
        rows: end - from,
        c0: e.columnIndex,
        cols,
        props: ["formulas", "numberFormat"],
        bytesPerCell: bpc * FORMULAS_FACTOR,
        receive: put,
      });
    }
    w.readRows = end;
  }
  await reader.run(rest);
  for (const w of windows.values())
    if (w.extent)
      w.store.rowCount = Math.max(w.store.rowCount, Math.min(WINDOW_ROWS, w.extent.rowIndex + w.extent.rowCount));
  return windows;
}

/** Bytes per cell of the window's cells in columns [c0, c1) (a floor of 4: `"",` at least). */
function measure(store: SheetStore, c0: number, c1: number): number {
  const grid = store.values();
  const rows = Math.min(grid.length, WINDOW_ROWS);
  let bytes = 0;
  let cells = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    const part = row.slice(c0, c1);
    bytes += jsonBytes(part);
    cells += c1 - c0;
  }
  return cells === 0 ? FIRST_GUESS_BYTES_PER_CELL : Math.max(4, (bytes / cells) * 1.1);
}

/** Blocks reading `columns` (or every column) of a sheet below its window, grouped in runs of adjacent columns. */
function blocksBelow(w: Window, columns: readonly number[] | "all"): Block[] {
  const e = w.extent;
  if (e === undefined) return [];
  const end = e.rowIndex + e.rowCount;
  if (end <= WINDOW_ROWS) return [];
  const right = Math.min(e.columnIndex + e.columnCount, e.columnIndex + MAX_WHOLE_COLUMNS);
  const cols =
    columns === "all"
      ? Array.from({ length: right - e.columnIndex }, (_, i) => e.columnIndex + i)
      : [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs.at(-1);
    // Two columns apart or less: one range reads them and the gap, fewer commands for little more data.
    if (last !== undefined && c - last[1] <= 3) last[1] = c + 1;
    else runs.push([c, c + 1]);
  }
  const from = Math.max(WINDOW_ROWS, e.rowIndex);
  const put = (data: Parameters<Block["receive"]>[0]): void => {
    if (data) w.store.put(data);
  };
  return runs.map(([c0, c1]) => ({
    sheet: w.store.name,
    r0: from,
    rows: end - from,
    c0,
    cols: c1 - c0,
    props: ["values"],
    bytesPerCell: measure(w.store, c0, c1),
    receive: put,
  }));
}

const grids = (w: Window): PaneSheet => ({
  name: w.store.name,
  values: w.store.values(),
  formulas: w.store.formulas(),
  numberFormat: w.store.numberFormat(),
  rows: w.store.rowCount,
});

/** « Vérifier »: the active sheet's window, with its formulas. */
export async function readForCheck(
  meter: Meter,
  control: ActionControl | undefined,
): Promise<{ active: string; sheet: PaneSheet }> {
  const { active } = await listSheets(meter);
  const reader = new BlockReader(meter, control);
  const windows = await readWindows(reader, [active], new Set([active]));
  const w = windows.get(active);
  return { active, sheet: w ? grids(w) : { name: active, values: [], rows: 0 } };
}

/** The columns of a sheet that the table readers use (dwellings and movements), from its header rows. */
function tableColumns(values: Grid): number[] {
  const logements = findHeaderRow(values, LOGEMENT_COLUMNS)?.found ?? [];
  const mouvements = findHeaderRow(values, MOUVEMENT_COLUMNS)?.found ?? [];
  return [...logements, ...mouvements].map((f) => f.col);
}

/**
 * « Remplir »: windows of every sheet (formulas of the active one), the template's formulas if it is
 * elsewhere, and the columns of the dwelling and movements tables that the fill reads.
 */
export async function readForFill(
  meter: Meter,
  control: ActionControl | undefined,
): Promise<{ active: string; sheets: PaneSheet[]; modele: PaneSheet | undefined }> {
  const { active, sheets } = await listSheets(meter);
  const reader = new BlockReader(meter, control);
  const names = sheets.map((s) => s.name);
  const windows = await readWindows(reader, names, new Set([active]));
  const firstPass = [...windows.values()].map(grids);
  const found = findModeleSheet(firstPass, active);
  const blocks: Block[] = [];
  const modele = found === undefined ? undefined : windows.get(found.name);
  if (modele) blocks.push(...modeleFormulaBlocks(modele));
  const epci = found ? epciForModele(found.values) : undefined;
  let logements = false;
  let mouvements = false;
  for (const w of windows.values()) {
    if (w === modele) continue;
    const values = w.store.values();
    const d = readLogements(values);
    const isLogements: boolean =
      !logements &&
      d.ok &&
      d.table.size > 0 &&
      (d.table.columns.commune || (d.table.columns.epci && d.table.columns.financement));
    const m: MouvementsRead | undefined =
      isLogements || mouvements ? undefined : readMouvements(values, epci ? { epci } : {});
    const isMouvements: boolean = m !== undefined && m.ok && m.mouvements.parEpci.length > 0;
    if (!isLogements && !isMouvements) continue;
    logements ||= isLogements;
    mouvements ||= isMouvements;
    blocks.push(...blocksBelow(w, tableColumns(values)));
  }
  await reader.run(blocks);
  const all = [...windows.values()].map(grids);
  return { active, sheets: all, modele: found === undefined ? undefined : all.find((s) => s.name === found.name) };
}

/**
 * « Répartitions »: windows of every sheet but GEF's own; then the columns of the first dwelling
 * table with a financement, or, when there is none, every sheet whole (an état des lieux may be anywhere).
 */
export async function readForRepartition(
  meter: Meter,
  control: ActionControl | undefined,
): Promise<{ sheets: PaneSheet[]; all: SheetInfo[]; owned: OwnedSheets }> {
  const { sheets, owned } = await listSheets(meter);
  const reader = new BlockReader(meter, control);
  const ours = new Set(Object.values(owned));
  const names = sheets.filter((s) => !ours.has(s.id)).map((s) => s.name);
  const windows = await readWindows(reader, names, new Set());
  const source = [...windows.values()].find((w) => {
    const d = readLogements(w.store.values());
    return d.ok && d.table.size > 0 && d.table.columns.financement;
  });
  const blocks: Block[] = [];
  if (source) blocks.push(...blocksBelow(source, tableColumns(source.store.values())));
  else
    for (const w of windows.values())
      if (
        lireEtatDesLieux(w.store.values()).reservataires.length > 0 ||
        (w.extent && w.extent.rowIndex + w.extent.rowCount > WINDOW_ROWS)
      )
        blocks.push(...blocksBelow(w, "all"));
  await reader.run(blocks);
  return { sheets: [...windows.values()].map(grids), all: sheets, owned };
}

/**
 * « Suivi du flux »: windows of every sheet (GEF's « Objectifs » is the bilan's input; formulas of
 * the active one when the job reads the template), the template's formulas if it is elsewhere, then
 * every other sheet whole below its window (journal, rights table, dwelling table joined on the
 * dwelling id).
 */
export async function readForSuivi(
  meter: Meter,
  control: ActionControl | undefined,
  withModele: boolean,
): Promise<{ active: string; sheets: PaneSheet[]; all: SheetInfo[]; owned: OwnedSheets }> {
  const { active, sheets, owned } = await listSheets(meter);
  const reader = new BlockReader(meter, control);
  const windows = await readWindows(
    reader,
    sheets.map((s) => s.name),
    withModele ? new Set([active]) : new Set(),
  );
  const found = withModele ? findModeleSheet([...windows.values()].map(grids), active) : undefined;
  const modele = found === undefined ? undefined : windows.get(found.name);
  const blocks: Block[] = [];
  if (modele) blocks.push(...modeleFormulaBlocks(modele));
  for (const w of windows.values()) if (w !== modele) blocks.push(...blocksBelow(w, "all"));
  await reader.run(blocks);
  return { active, sheets: [...windows.values()].map(grids), all: sheets, owned };
}

/** The template's formulas and formats when its window was read without them (it is not the active sheet). */
function modeleFormulaBlocks(modele: Window): Block[] {
  const e = modele.extent;
  if (modele.store.hasFormulas || e === undefined) return [];
  const rows = Math.min(WINDOW_ROWS, e.rowIndex + e.rowCount) - e.rowIndex;
  const cols = Math.min(FORMULA_COLUMNS, e.columnIndex + e.columnCount) - e.columnIndex;
  if (rows <= 0 || cols <= 0) return [];
  const bpc = measure(modele.store, e.columnIndex, e.columnIndex + cols) * FORMULAS_FACTOR;
  return [
    {
      sheet: modele.store.name,
      r0: e.rowIndex,
      rows,
      c0: e.columnIndex,
      cols,
      props: ["formulas", "numberFormat"],
      bytesPerCell: bpc,
      receive: (d) => {
        if (d) modele.store.put(d);
      },
    },
  ];
}
