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
 * Each measure runs in its own process, so that its peak resident memory is its own (bench/cli-measures.ts);
 * the inputs are generated once (bench/cli-inputs.ts). Other programs running at the same time slow it
 * down: the machine should be otherwise idle.
 */
import { fork } from "node:child_process";
import { statSync } from "node:fs";
import { logementWorkbook, writeModeleFiles } from "./cli-inputs";
import { arg, fmt, measure, type Figures } from "./cli-measures";
import { wideSheetWorkbook } from "./wide-sheet";

function inChild(name: string, input: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const script = process.argv[1] ?? "";
    const child = fork(script, ["--mesure", name, input, ...process.argv.slice(2)], { execArgv: process.execArgv });
    let result: Figures | undefined;
    child.on("message", (m) => (result = m as Figures));
    child.on("error", reject);
    child.on("exit", (code) =>
      result !== undefined ? resolve(result) : reject(new Error(`mesure ${name} : code ${code ?? "?"}`)),
    );
  });
}

/** The run of median duration (its memory figures with it). */
const median = (runs: readonly Figures[]): Figures =>
  [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as Figures;

async function run(): Promise<void> {
  const at = process.argv.indexOf("--mesure");
  if (at >= 0) {
    await measure(process.argv[at + 1] ?? "", process.argv[at + 2] ?? "");
    return;
  }
  if (process.argv.includes("--verifier-seul")) return verifierOnly();
  const lignes = arg("lignes", 1_000_000);
  const modeles = arg("modeles", 50);
  const big = await logementWorkbook(lignes);
  const dir = await writeModeleFiles(modeles);
  const table: (readonly string[])[] = [["Mesure", "Unités", "Durée", "Par seconde", "RSS max", "Tas max", "Remarque"]];
  const add = (what: string, unit: string, f: Figures): void => {
    table.push([
      what,
      `${fmt(f.rows)} ${unit}`,
      `${fmt(f.ms / 1000, 1)} s`,
      fmt(f.rows / (f.ms / 1000)),
      `${fmt(f.maxRssMb)} Mo`,
      `${fmt(f.heapMb)} Mo`,
      f.note ?? "",
    ]);
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
    console.log(
      `RESULTAT ${JSON.stringify({ passes, floorMs: floor.ms, readMs: after.ms, readRssMb: Math.max(...reads.map((f) => f.maxRssMb)) })}`,
    );
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
  add(
    "gef decompte, une valeur en colonne XFD par ligne (5 Mo)",
    "lignes",
    await inChild("decompte-xfd", wideSheetWorkbook()),
  );
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
  for (const r of table)
    console.log(
      r
        .map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    );
  console.log("");
  for (const line of ratios) console.log(line);
}

void run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

/** `gef verifier` on a template beside 300 000 dwellings ÷ the floor of that file, and on the template alone; one JSON line. */
async function verifierOnly(): Promise<void> {
  const [big, alone] = [await logementWorkbook(300_000), await logementWorkbook(1)];
  const [floors, checks, alones]: [Figures[], Figures[], Figures[]] = [[], [], []];
  for (let k = 0; k < arg("passes", 3); k++) {
    floors.push(await inChild("plancher", big));
    checks.push(await inChild("verifier", big));
    alones.push(await inChild("verifier", alone));
  }
  const [floor, check, modele] = [median(floors), median(checks), median(alones)];
  console.log(
    `RESULTAT ${JSON.stringify({ floorMs: floor.ms, verifierMs: check.ms, modeleSeulMs: modele.ms, note: check.note })}`,
  );
}
