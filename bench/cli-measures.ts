/**
 * The measures of `npm run bench:cli` (bench/cli.ts), each run in a child process of its own so that its
 * peak resident memory is its own: the floor, exceljs's reader (GEF's before), GEF's reader, the fill's
 * inputs, `gef verifier`, `remplir`, `decompte` of the XFD sheet, `consolider` and the damaged corpus.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import type { Io } from "../src/cli/io";
import { CompactSheet } from "../src/xlsx/compact-grid";
import { readGrids } from "../src/cli/xlsx";
import { readZipFile } from "../src/xlsx/platform-node";
import { entryChunks } from "../src/xlsx/zip";
import { findModeleSheet, gatherInputs } from "../src/jobs";
import { fuzzCorpus } from "../test/support/fuzz-xlsx";

/** What a measure reports to the parent process. */
export interface Figures {
  readonly ms: number;
  readonly rows: number;
  readonly maxRssMb: number;
  readonly heapMb: number;
  readonly note?: string;
}

/** The value of `--name n` on the command line, when a positive number. */
export const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
};

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const silent: Io = { out: () => undefined, err: () => undefined, interactive: false };

/**
 * Peak resident memory of this process, in MB: Linux's high-water mark (VmHWM), which starts again
 * at exec; `maxRSS` elsewhere (on Linux it would keep the parent's peak across fork and exec).
 */
function peakRssMb(): number {
  try {
    const kb = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kb !== undefined) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** What a measure counted: rows (or files) and a remark. */
interface Counted {
  readonly rows: number;
  readonly note?: string;
}

/**
 * The floor: inflate every worksheet part as a stream and find each « < » in its bytes; the second floor
 * (`strings`) inflates and scans the shared strings part too, which any reader must read.
 */
async function floor(input: string, sample: () => void, strings: boolean): Promise<Counted> {
  const zip = await readZipFile(input);
  let tags = 0;
  const parts = zip.entries.filter(
    (x) =>
      (x.name.startsWith("xl/worksheets/") && x.name.endsWith(".xml")) ||
      (strings && x.name === "xl/sharedStrings.xml"),
  );
  for (const e of parts) {
    for await (const chunk of entryChunks(zip, e.name)) {
      for (let p = chunk.indexOf(0x3c); p >= 0; p = chunk.indexOf(0x3c, p + 1)) tags++;
      sample();
    }
  }
  return { rows: arg("lignes", 1_000_000), note: `${fmt(tags)} balises` };
}

/** GEF's reader, then the fill's inputs gathered from what it read. */
async function remplissage(input: string, sample: () => void): Promise<Counted> {
  let rows = 0;
  const g = await readGrids(input, { stream: true, onRows: (n) => ((rows = n), sample()) });
  const modele = findModeleSheet(g.sheets, g.active);
  if (!modele) throw new Error("modèle introuvable");
  const gathered = gatherInputs(g.sheets, modele, { methode: "ENTREES", annees: undefined });
  return {
    rows,
    note: `${gathered.logements?.rows ?? 0} logements, ${gathered.logements?.issues.length ?? 0} lignes signalées`,
  };
}

/** `gef <args>` with an output file in the temporary folder, removed after. */
async function command(args: readonly string[], out: string): Promise<string> {
  const file = path.join(tmpdir(), `${out}-${process.pid}.xlsx`);
  const code = await main([...args, "-o", file], silent);
  rmSync(file, { force: true });
  return `code ${code}`;
}

/** The fixed-seed corpus of test/cli/fuzz-verifier.test.ts, timed file by file. */
async function fuzz(): Promise<Counted> {
  const dir = path.join(tmpdir(), `gef-bench-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const files = await fuzzCorpus(dir, 200);
  let worst = 0;
  for (const f of files) {
    const t = performance.now();
    await main(["verifier", f], silent);
    worst = Math.max(worst, performance.now() - t);
  }
  rmSync(dir, { recursive: true, force: true });
  return { rows: files.length, note: `pire fichier ${fmt(worst)} ms — objectif ≤ 1 000 ms` };
}

const MEASURES: Readonly<Record<string, (input: string, sample: () => void) => Promise<Counted>>> = {
  plancher: (input, sample) => floor(input, sample, false),
  "plancher-chaines": (input, sample) => floor(input, sample, true),
  exceljs: async (input, sample) => ({
    rows: await exceljsRead(input, sample),
    note: "lecteur en flux d'exceljs, avant",
  }),
  lecture: async (input, sample) => {
    let rows = 0;
    const g = await readGrids(input, { stream: true, onRows: (n) => ((rows = n), sample()) });
    return { rows, note: `${g.sheets.length} feuilles` };
  },
  remplissage,
  verifier: async (input) => ({
    rows: arg("lignes", 1_000_000),
    note: `code ${await main(["verifier", input, "--flux"], silent)}`,
  }),
  remplir: async (input) => ({
    rows: arg("lignes", 1_000_000),
    note: await command(["remplir", input, "--ecraser"], "gef-bench-rempli"),
  }),
  // Issue 25, 8a: one value in column XFD on each of 1 048 575 rows (more than 10 minutes before).
  "decompte-xfd": async (input) => ({
    rows: 1_048_575,
    note: `code ${await main(["decompte", input], silent)} — objectif : comme une lecture de ce volume, pas ∝ colonne XFD`,
  }),
  consolider: async (input) => ({
    rows: readdirSync(input).length,
    note: await command(["consolider", input], "gef-bench-consolidation"),
  }),
  fuzz: () => fuzz(),
};

/** Runs one measure in this process and reports its figures to the parent. */
export async function measure(name: string, input: string): Promise<void> {
  const work = MEASURES[name];
  if (work === undefined) throw new Error(`mesure inconnue : ${name}`);
  let heap = 0;
  const sample = (): void => {
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  const { rows, note } = await work(input, sample);
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  const figures: Figures = {
    ms,
    rows,
    maxRssMb: peakRssMb(),
    heapMb: heap / 1e6,
    ...(note === undefined ? {} : { note }),
  };
  process.send?.(figures);
}

/** The reading GEF did before its own reader: exceljs's WorkbookReader, rows into a compact sheet. */
async function exceljsRead(input: string, sample: () => void): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let total = 0;
  for await (const worksheet of reader) {
    const sheet = new CompactSheet("x");
    const values: unknown[] = [];
    for await (const row of worksheet) {
      values.length = 0;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = cell.value;
        values[col - 1] = v !== null && typeof v === "object" && !(v instanceof Date) ? null : v;
      });
      sheet.addRow(row.number - 1, values);
      if (++total % 10_000 === 0) sample();
    }
  }
  return total;
}
