/**
 * `npm run bench:cli [-- --lignes 1000000 --modeles 50 --passes 3 --sans-exceljs --lecture-seule]`
 * (bundled by scripts/bench-cli.mjs): what the command line costs on large inputs. Prints figures
 * and ratios beside their goals, asserts nothing. `--lecture-seule` measures only the floor and
 * GEF's reader and prints them as one JSON line (npm run bench reads it).
 *
 * - a dwelling table of a million rows in one .xlsx (generated once into the temporary folder with
 *   exceljs's streaming writer from makeLogementGrid, beside a blank DDETS template): the floor
 *   (inflating the sheets and finding every « < » in their bytes), the read GEF did before (exceljs's
 *   WorkbookReader; `--sans-exceljs` skips it) and GEF's own reader, rows per second, peak memory,
 *   and the ratios to the floor beside their goal (≤ 2 ×, under 500 MB); then the fill's figures (readLogements, countEpciFigures
 *   through gatherInputs), then `gef verifier --flux` and `gef remplir` end to end;
 * - `gef consolider` of 50 generated bailleurs' templates;
 * - `gef decompte` of a journal whose 1 048 575 rows each hold one value in column XFD (bench/wide-sheet.ts).
 * Each measure runs in its own process, so that its peak resident memory is its own. Other programs
 * running at the same time slow it down: the machine should be otherwise idle.
 */
import { fork } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import type { Io } from "../src/cli/io";
import { CompactSheet } from "../src/xlsx/compact-grid";
import { readGrids } from "../src/cli/xlsx";
import { entryChunks, readZip } from "../src/xlsx/zip";
import { blankFormulaGrid, blankModele } from "../src/domain";
import { makeLogementGrid } from "../sandbox/logement-grid";
import { findModeleSheet, gatherInputs } from "../src/jobs";
import { FIGURES_06_LIST, buildModele, type EpciFigures } from "../test/support/ddets-modele";
import { fuzzCorpus } from "../test/support/fuzz-xlsx";
import { wideSheetWorkbook } from "./wide-sheet";

interface Figures {
  readonly ms: number;
  readonly rows: number;
  readonly maxRssMb: number;
  readonly heapMb: number;
  readonly note?: string;
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
};

const silent: Io = { out: () => undefined, err: () => undefined, interactive: false };

/** A blank DDETS template as rows of cells (formulas without « = », as exceljs wants them). */
function modeleSheetRows(): ExcelJS.CellValue[][] {
  const year = 2024;
  return blankFormulaGrid(blankModele({ anneeConvention: year, anneeRpls: year - 1 })).map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : ((v ?? null) as ExcelJS.CellValue))),
  );
}

/** The dwelling workbook, generated once per size. */
async function logementWorkbook(rows: number): Promise<string> {
  const file = path.join(tmpdir(), `gef-bench-logements-${rows}-v1.xlsx`);
  if (existsSync(file)) return file;
  const t0 = performance.now();
  const partial = `${file}.partiel`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: false });
  const modele = wb.addWorksheet("Calcul assiette");
  for (const row of modeleSheetRows()) modele.addRow(row).commit();
  modele.commit();
  const ws = wb.addWorksheet("RPLS");
  for (const row of makeLogementGrid(rows, { seed: 2024, scheme: "2024", faulty: true })) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
  renameSync(partial, file);
  console.log(`(généré ${file} : ${(statSync(file).size / 1e6).toFixed(0)} Mo en ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return file;
}

/** Fifty bailleurs' templates with varied figures. */
async function writeModeleFiles(n: number): Promise<string> {
  const dir = path.join(tmpdir(), `gef-bench-modeles-${n}-v1`);
  if (existsSync(dir) && readdirSync(dir).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) {
    const figures: EpciFigures[] = FIGURES_06_LIST.map((f, i) => ({
      ...f,
      patrimoine: Math.round(f.patrimoine * (0.05 + ((k * 7 + i * 3) % 40) / 20)),
      nouvelles: (k * 13 + i) % 60,
      taux: Math.round((0.03 + ((k + i) % 30) / 1000) * 1000) / 1000,
    }));
    const t = buildModele({ figures, identite: true, computed: "formules" });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Calcul assiette");
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = t.formulas[r]?.[c];
        if (v === null && f === null) return;
        ws.getCell(r + 1, c + 1).value =
          typeof f === "string" && f.startsWith("=") ? { formula: f.slice(1), result: typeof v === "number" ? v : 0 } : (v);
      }),
    );
    ws.getCell("B4").value = `Bailleur ${String(k + 1).padStart(2, "0")}`;
    await wb.xlsx.writeFile(path.join(dir, `bailleur-${String(k + 1).padStart(2, "0")}.xlsx`));
  }
  return dir;
}

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

/** Runs one measure in this process and reports its figures to the parent. */
async function measure(name: string, input: string): Promise<void> {
  let heap = 0;
  const sample = (): void => {
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  let rows = 0;
  let note: string | undefined;
  switch (name) {
    case "plancher":
    case "plancher-chaines": {
      // The floor: inflate every worksheet part as a stream and find each « < » in its bytes; the
      // second floor inflates and scans the shared strings part too, which any reader must read.
      const zip = await readZip(input);
      let tags = 0;
      const strings = name === "plancher-chaines";
      for (const e of zip.entries.filter((x) => (x.name.startsWith("xl/worksheets/") && x.name.endsWith(".xml")) || (strings && x.name === "xl/sharedStrings.xml"))) {
        for await (const chunk of entryChunks(zip, e.name)) {
          for (let p = chunk.indexOf(0x3c); p >= 0; p = chunk.indexOf(0x3c, p + 1)) tags++;
          sample();
        }
      }
      rows = arg("lignes", 1_000_000);
      note = `${fmt(tags)} balises`;
      break;
    }
    case "exceljs": {
      rows = await exceljsRead(input, sample);
      note = "lecteur en flux d'exceljs, avant";
      break;
    }
    case "lecture": {
      const g = await readGrids(input, { stream: true, onRows: (n) => ((rows = n), sample()) });
      note = `${g.sheets.length} feuilles`;
      break;
    }
    case "remplissage": {
      const g = await readGrids(input, { stream: true, onRows: (n) => ((rows = n), sample()) });
      const modele = findModeleSheet(g.sheets, g.active);
      if (!modele) throw new Error("modèle introuvable");
      const gathered = gatherInputs(g.sheets, modele, { methode: "ENTREES", annees: undefined });
      note = `${gathered.logements?.rows ?? 0} logements, ${gathered.logements?.issues.length ?? 0} lignes signalées`;
      break;
    }
    case "verifier":
      rows = arg("lignes", 1_000_000);
      note = `code ${await main(["verifier", input, "--flux"], silent)}`;
      break;
    case "remplir": {
      rows = arg("lignes", 1_000_000);
      const out = path.join(tmpdir(), `gef-bench-rempli-${process.pid}.xlsx`);
      note = `code ${await main(["remplir", input, "-o", out, "--ecraser"], silent)}`;
      rmSync(out, { force: true });
      break;
    }
    case "decompte-xfd":
      // Issue 25, 8a: one value in column XFD on each of 1 048 575 rows (more than 10 minutes before).
      rows = 1_048_575;
      note = `code ${await main(["decompte", input], silent)} — objectif : comme une lecture de ce volume, pas ∝ colonne XFD`;
      break;
    case "consolider": {
      const out = path.join(tmpdir(), `gef-bench-consolidation-${process.pid}.xlsx`);
      rows = readdirSync(input).length;
      note = `code ${await main(["consolider", input, "-o", out], silent)}`;
      rmSync(out, { force: true });
      break;
    }
    case "fuzz": {
      // The fixed-seed corpus of test/cli/fuzz-verifier.test.ts, timed file by file.
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
      rows = files.length;
      note = `pire fichier ${fmt(worst)} ms — objectif ≤ 1 000 ms`;
      break;
    }
    default:
      throw new Error(`mesure inconnue : ${name}`);
  }
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  const figures: Figures = { ms, rows, maxRssMb: peakRssMb(), heapMb: heap / 1e6, ...(note === undefined ? {} : { note }) };
  process.send?.(figures);
}

/** The reading GEF did before its own reader: exceljs's WorkbookReader, rows into a compact sheet. */
async function exceljsRead(input: string, sample: () => void): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
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

function inChild(name: string, input: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const script = process.argv[1] ?? "";
    const child = fork(script, ["--mesure", name, input, ...process.argv.slice(2)], { execArgv: process.execArgv });
    let result: Figures | undefined;
    child.on("message", (m) => (result = m as Figures));
    child.on("error", reject);
    child.on("exit", (code) => (result !== undefined ? resolve(result) : reject(new Error(`mesure ${name} : code ${code ?? "?"}`))));
  });
}

/** The run of median duration (its memory figures with it). */
const median = (runs: readonly Figures[]): Figures => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as Figures;

const fmt = (n: number, digits = 0): string => n.toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function run(): Promise<void> {
  const at = process.argv.indexOf("--mesure");
  if (at >= 0) {
    await measure(process.argv[at + 1] ?? "", process.argv[at + 2] ?? "");
    return;
  }
  const lignes = arg("lignes", 1_000_000);
  const modeles = arg("modeles", 50);
  const big = await logementWorkbook(lignes);
  const dir = await writeModeleFiles(modeles);
  const table: (readonly string[])[] = [["Mesure", "Unités", "Durée", "Par seconde", "RSS max", "Tas max", "Remarque"]];
  const add = (what: string, unit: string, f: Figures): void => {
    table.push([what, `${fmt(f.rows)} ${unit}`, `${fmt(f.ms / 1000, 1)} s`, fmt(f.rows / (f.ms / 1000)), `${fmt(f.maxRssMb)} Mo`, `${fmt(f.heapMb)} Mo`, f.note ?? ""]);
  };
  console.log(`Classeur : ${big} (${fmt(statSync(big).size / 1e6)} Mo) ; modèles : ${dir}`);
  // The floor and GEF's reader, in alternation (floor, reader, floor, reader…), so that a load that
  // comes and goes on the machine weighs on both alike; each keeps its median run.
  const passes = arg("passes", 3);
  const floors: Figures[] = [];
  const reads: Figures[] = [];
  for (let k = 0; k < passes; k++) {
    floors.push(await inChild("plancher", big));
    reads.push(await inChild("lecture", big));
  }
  const floor = median(floors);
  const after = median(reads);
  if (process.argv.includes("--lecture-seule")) {
    // For npm run bench, which puts this ratio among the other goals.
    console.log(`RESULTAT ${JSON.stringify({ passes, floorMs: floor.ms, readMs: after.ms, readRssMb: Math.max(...reads.map((f) => f.maxRssMb)) })}`);
    return;
  }
  const floorStrings = await inChild("plancher-chaines", big);
  add(`Plancher : décompression + balayage des octets (médiane de ${passes})`, "lignes", floor);
  add("Plancher avec les textes partagés (sharedStrings.xml)", "lignes", floorStrings);
  const before = process.argv.includes("--sans-exceljs") ? undefined : await inChild("exceljs", big);
  if (before !== undefined) add("Lecture, avant (exceljs WorkbookReader)", "lignes", before);
  add(`Lecture, après (lecteur GEF, xlsx-read.ts ; médiane de ${passes})`, "lignes", after);
  add("Lecture + table des logements (gatherInputs)", "lignes", await inChild("remplissage", big));
  add("gef verifier --flux", "lignes", await inChild("verifier", big));
  add("gef remplir", "lignes", await inChild("remplir", big));
  add(`gef consolider (${modeles} modèles)`, "fichiers", await inChild("consolider", dir));
  add("gef decompte, une valeur en colonne XFD par ligne (5 Mo)", "lignes", await inChild("decompte-xfd", wideSheetWorkbook()));
  add("gef verifier, corpus de fichiers abîmés", "fichiers", await inChild("fuzz", dir));
  const ratio = (f: Figures): string => `${fmt(f.ms / floor.ms, 2)} × le plancher`;
  const durations = (runs: readonly Figures[]): string => runs.map((f) => fmt(f.ms / 1000, 2)).join(" ; ");
  const ratios = [
    `Passes du plancher : ${durations(floors)} s ; de la lecture : ${durations(reads)} s ; RSS max de la lecture ${fmt(Math.max(...reads.map((f) => f.maxRssMb)))} Mo`,
    ...(before === undefined ? [] : [`Lecture avant (exceljs) : ${ratio(before)}`]),
    `Lecture après (GEF) : ${ratio(after)} — objectif ≤ 2 × ; RSS max ${fmt(after.maxRssMb)} Mo — objectif < 500 Mo`,
    `Lecture après (GEF) ÷ plancher avec les textes partagés : ${fmt(after.ms / floorStrings.ms, 2)} × (pour information : l'objectif se mesure au plancher des seules feuilles)`,
  ];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of table) console.log(r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ").trimEnd());
  console.log("");
  for (const line of ratios) console.log(line);
}

void run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
