/**
 * The consolidation of 40 bailleurs' templates (issue 21), for npm run bench: each template read by GEF's engine,
 * checked as gef verifier does, then consolidated by the job the pane and gef share (consolidateModeles); prints
 * the time and the JavaScript heap kept by the 40 read sheets and the consolidation (what the pane holds once all
 * files are read). Run alone: node --expose-gc --import tsx bench/consolidation.ts [n]. Nothing is asserted.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { bailleurName, requireModele } from "../src/cli/modele-file";
import { readGrids } from "../src/cli/xlsx";
import { checkModele, consolidateModeles, type ModeleLu } from "../src/jobs";
import { writeModeleFiles } from "./cli-inputs";

export interface ConsolidationFigures {
  readonly n: number;
  readonly ms: number;
  readonly heapMb: number;
  readonly rssMb: number;
  readonly feuilles: number;
}

const heap = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

export async function measureConsolidation(n = 40): Promise<ConsolidationFigures> {
  const dir = await writeModeleFiles(n);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const before = heap();
  const t0 = performance.now();
  const lus: ModeleLu[] = [];
  for (const f of files) {
    const located = requireModele(await readGrids(path.join(dir, f)), f);
    const { values, formulas } = located.sheet;
    const diagnostics = checkModele(located.sheet).diagnostics;
    lus.push({
      ok: true,
      fichier: f,
      bailleur: bailleurName(located, f),
      diagnostics,
      values,
      formulas,
      layout: located.layout,
    });
  }
  const c = consolidateModeles(lus, {});
  const ms = performance.now() - t0;
  const heapMb = (heap() - before) / 1e6;
  return { n: lus.length, ms, heapMb, rssMb: process.memoryUsage().rss / 1e6, feuilles: c.plans.length };
}

/** The lines npm run bench prints. */
export function consolidationLines(f: ConsolidationFigures): string[] {
  return [
    `  ${f.n} modèles lus, vérifiés et consolidés (${f.feuilles} feuilles)   ${f.ms.toFixed(0)} ms`,
    `  tas JavaScript gardé (feuilles lues + consolidation)     ${f.heapMb.toFixed(1)} Mo${(globalThis as { gc?: unknown }).gc ? "" : " (sans --expose-gc : approximatif)"}`,
    `  mémoire du processus (RSS)                               ${f.rssMb.toFixed(0)} Mo`,
  ];
}

if (process.argv[1]?.endsWith("consolidation.ts")) {
  const n = Number(process.argv[2] ?? 40);
  void measureConsolidation(n).then((f) => {
    console.log(`Consolidation de ${n} modèles des bailleurs`);
    for (const line of consolidationLines(f)) console.log(line);
  });
}
