/**
 * `npm run bench`: what each custom function costs per call on realistic arguments, DECOMPTE on a
 * journal of 100 000 events and apportioning among 1 000 réservataires, each beside a plain-loop
 * baseline doing the bare arithmetic, with the ratio; then the pane's and the tables' figures, the
 * start-up of `gef --aide` and the size of the pane's script. Every goal of issue 13 is printed
 * at the end beside the figure measured in this run. Figures for this machine; nothing is asserted.
 */
import {
  assiette,
  decompte,
  fluxReservataire,
  prochainReservataire,
  tauxChute,
  tauxRotation,
} from "../src/functions/functions";
import { fluxReservataires } from "../src/domain";
import { makeJournal } from "../sandbox/journal";
import { formatNs, measurePair, seededRandom } from "./measure";
import { statSync } from "node:fs";
import path from "node:path";
import { measureVerifier, measureXlsxRead } from "./lecture";
import { measureGrouping } from "./noms-distincts";
import { plainLargestRemainder } from "./references";
import { measureStartup } from "./startup";
import { benchWorkbook } from "./workbook";

interface Row {
  readonly what: string;
  readonly gef: number;
  readonly base: number;
  readonly target?: number;
}

const rows: Row[] = [];
const add = (what: string, gef: () => unknown, base: () => unknown, calls: number, target?: number): void => {
  const [g, b] = measurePair(gef, base, calls);
  rows.push({ what, gef: g.nsPerCall, base: b.nsPerCall, target });
};

const sum = (cells: readonly (readonly unknown[])[]): number => {
  let t = 0;
  for (const row of cells) for (const v of row) t += v as number;
  return t;
};

// ASSIETTE: one EPCI column of the DDETS template: patrimoine, 6 "dont" exclus, 5 "dont" soustraits, nouvelles.
const patrimoine = [[5600]];
const exclus = [[40], [0], [30], [50], [20], [10]];
const soustraits = [[60], [10], [5], [0], [25]];
const nouvelles = [[17]];
add(
  "ASSIETTE (1 + 6 + 5 + 1 cellules)",
  () => assiette(patrimoine, exclus, soustraits, nouvelles),
  () => sum(patrimoine) - sum(exclus) - sum(soustraits) + sum(nouvelles),
  200_000,
  5,
);

// TAUX_ROTATION: three years in rows, MOYENNE method.
const parc = [[5300, 5350, 5367]];
const entrees = [[290, 262, 253]];
const departs = [[280, 270, 260]];
add(
  "TAUX_ROTATION (3 ans, MOYENNE)",
  () => tauxRotation(parc, entrees, departs, "MOYENNE", 3),
  () => (sum(entrees) + sum(departs)) / 2 / sum(parc),
  200_000,
  5,
);

// FLUX_RESERVATAIRE: 268 dwellings between 8 réservataires (a column).
const droits8 = [[2000], [2760], [607], [350], [120], [75], [40], [12]];
const flat8 = droits8.map((r) => r[0] ?? 0);
add(
  "FLUX_RESERVATAIRE (268 ; 8 droits)",
  () => fluxReservataire(268, droits8),
  () =>
    plainLargestRemainder(
      268,
      flat8.map((x) => x),
    ),
  200_000,
  5,
);

add(
  "TAUX_CHUTE (1 000 ; 800)",
  () => tauxChute([[1000]], [[800]]),
  () => (sum([[1000]]) - sum([[800]])) / 1000,
  500_000,
  5,
);

const noms = [["ÉTAT"], ["ACTION LOGEMENT"], ["VILLE"], ["DÉPARTEMENT"]];
const objectifs = [[67], [100], [30], [12]];
const realises = [[20], [35], [9], [4]];
add(
  "PROCHAIN_RESERVATAIRE (4 réservataires)",
  () => prochainReservataire(noms, objectifs, realises),
  () => {
    let best = 0;
    for (let i = 1; i < 4; i++) {
      if ((realises[i]?.[0] ?? 0) / (objectifs[i]?.[0] ?? 1) < (realises[best]?.[0] ?? 0) / (objectifs[best]?.[0] ?? 1))
        best = i;
    }
    return noms[best]?.[0];
  },
  200_000,
  5,
);

// DECOMPTE on 100 000 events: the whole function (read, order, count, bilan) against merely
// sorting the events by dwelling and date. A journal in time order is the usual export; one
// already grouped by dwelling is the hardest case for the ratio (the reference sort is then a
// single pass, while DECOMPTE still reads every cell).
for (const order of ["chronologique", "par-logement"] as const) {
  const journal = makeJournal(100_000, order);
  const events = journal.slice(1).map((r) => ({ logement: r[0] as string, date: r[3] as number }));
  const sortEvents = (): unknown =>
    [...events].sort((a, b) => (a.logement < b.logement ? -1 : a.logement > b.logement ? 1 : a.date - b.date));
  add(`DECOMPTE (100 000 év., ${order}, bilan)`, () => decompte(journal), sortEvents, 1, 2);
  add(
    `DECOMPTE (100 000 év., ${order}, un réservataire)`,
    () => decompte(journal, "ACTION LOGEMENT SERVICES", "BAIL", 45292, 45657),
    sortEvents,
    1,
    2,
  );
}

// Apportioning among 1 000 réservataires.
const rnd = seededRandom(7);
const droits1000 = Array.from({ length: 1000 }, () => Math.floor(rnd() * 5000));
add(
  "Répartition entre 1 000 réservataires (domaine)",
  () => fluxReservataires(12_345, droits1000, undefined, "ENTIER"),
  () => plainLargestRemainder(12_345, droits1000),
  2_000,
);
add(
  "FLUX_RESERVATAIRE (1 000 droits en colonne)",
  () =>
    fluxReservataire(
      12_345,
      droits1000.map((d) => [d]),
    ),
  () => plainLargestRemainder(12_345, droits1000),
  2_000,
);

const pad = (s: string, n: number): string => s.padEnd(n);
console.log(`GEF – banc d'essai (${process.version}, ${process.platform} ${process.arch})`);
console.log(`${pad("mesure", 50)}${pad("GEF / appel", 14)}${pad("référence", 14)}${pad("rapport", 9)}cible`);
for (const r of rows) {
  const ratio = r.gef / r.base;
  const verdict =
    r.target === undefined ? "" : ratio <= r.target ? `≤ ${r.target}× : tenu` : `≤ ${r.target}× : DÉPASSÉ`;
  console.log(
    `${pad(r.what, 50)}${pad(formatNs(r.gef), 14)}${pad(formatNs(r.base), 14)}${pad(`${ratio.toFixed(2)}×`, 9)}${verdict}`,
  );
}

console.log("");
console.log("Volet et tables (classeur simulé, domaine)");
const workbook = await benchWorkbook();
for (const line of workbook.lines) console.log(line);

console.log("");
console.log("Suivi du flux (domaine, journal d'un million d'événements)");
for (const line of (await import("./suivi")).benchSuivi()) console.log(line);
const vacances = (await import("./vacances")).benchVacances();
for (const line of vacances.lines) console.log(line);

console.log("");
console.log("Programme neuf de 5 000 logements et 12 réservataires (issue 20, médiane de 7 passages)");
const programme = (await import("./programme")).benchProgramme();
for (const line of programme.lines) console.log(line);

console.log("");
console.log(
  "Consolidation de 40 modèles des bailleurs (issue 21 : lecture, vérification, travail partagé par le volet et gef)",
);
{
  const m = await import("./consolidation");
  for (const line of m.consolidationLines(await m.measureConsolidation(40))) console.log(line);
}

console.log("");
console.log("Regroupement d'un million de noms de réservataires distincts (issue 25, médiane de 3 passages alternés)");
const grouping = measureGrouping();
console.log(
  `  regroupement GEF (clés repliées, puis ordre affiché) ${formatNs(grouping.regroupement).padEnd(12)}tri simple ${formatNs(grouping.triSimple).padEnd(12)}${(grouping.regroupement / grouping.triSimple).toFixed(2)}×`,
);
console.log(
  `  tri à la française (Intl.Collator, comme avant)      ${formatNs(grouping.triFrancais).padEnd(12)}tri simple ${formatNs(grouping.triSimple).padEnd(12)}${(grouping.triFrancais / grouping.triSimple).toFixed(2)}×`,
);

const root = process.cwd();
const startup = measureStartup(root);
console.log("");
console.log("Démarrage de gef --aide (processus entier, médiane)");
console.log(`  paquet compilé (bin/gef.cjs → build/gef.cjs)  ${startup.bundleMs.toFixed(0)} ms`);
console.log(`  sources par tsx (l'ancien bin/gef.cjs)        ${startup.tsxMs.toFixed(0)} ms`);
console.log(`  node -e 0 (plancher)                          ${startup.nodeMs.toFixed(0)} ms`);

/** Script the pane runs before its first paint: functions.js + taskpane.js of dist/, if built. */
const BEFORE_SCRIPT_BYTES = 1_316_844; // dist/ of commit d75db03 (taskpane.js 1 283 430 + functions.js 33 414), measured
let scriptBytes: number | undefined;
try {
  scriptBytes = ["functions.js", "taskpane.js"].reduce((n, f) => n + statSync(path.join(root, "dist", f)).size, 0);
} catch {
  scriptBytes = undefined;
}

const goals: [string, string, boolean | undefined][] = [];
const ratioOf = (prefix: string): number | undefined => {
  const r = rows.find((x) => x.what.startsWith(prefix));
  return r === undefined ? undefined : r.gef / r.base;
};
const atMost = (what: string, value: number | undefined, goal: number, unit = "×"): void => {
  goals.push([
    what,
    value === undefined ? "non mesuré" : `${value.toFixed(2)}${unit} (≤ ${goal}${unit})`,
    value === undefined ? undefined : value <= goal,
  ]);
};
for (const f of ["ASSIETTE", "TAUX_ROTATION", "FLUX_RESERVATAIRE (268", "TAUX_CHUTE", "PROCHAIN_RESERVATAIRE"]) {
  atMost(`${f.replace(" (268", "")} ÷ arithmétique nue`, ratioOf(f), 5);
}
for (const order of ["chronologique", "par-logement"]) {
  atMost(`DECOMPTE ${order} (bilan) ÷ tri des événements`, ratioOf(`DECOMPTE (100 000 év., ${order}, bilan)`), 2);
  atMost(`DECOMPTE ${order} (un réservataire) ÷ tri`, ratioOf(`DECOMPTE (100 000 év., ${order}, un`), 2);
}
atMost("« À relancer », 1 000 000 év. ÷ tri des événements", vacances.ratio, 2);
atMost("Regroupement de 1 000 000 noms distincts ÷ tri simple", grouping.regroupement / grouping.triSimple, 2);
atMost("Répartition de 1 000 000 logements ÷ comptage typé", workbook.aggregation?.typedArray, 2);
atMost("Programme neuf : 5 000 logements, 12 réservataires", programme.splitMs, 50, " ms");
const hf = workbook.aggregation?.hyperformula;
goals.push([
  `SOMME.SI.ENS HyperFormula ÷ aggregate (${(workbook.aggregation?.hyperformulaRows ?? 0).toLocaleString("fr-FR")} logements)`,
  hf === undefined ? "non mesuré" : `${hf.toFixed(0)}× (≥ 50×)`,
  hf === undefined ? undefined : hf >= 50,
]);
let xlsx: ReturnType<typeof measureXlsxRead> | undefined;
if (!process.argv.includes("--sans-xlsx")) {
  console.log("");
  console.log("Lecture d'un .xlsx d'un million de logements (npm run bench:cli -- --lecture-seule)");
  xlsx = measureXlsxRead(root);
  console.log(
    `  plancher (décompression + balayage des octets) ${(xlsx.floorMs / 1000).toFixed(2)} s   lecture GEF ${(xlsx.readMs / 1000).toFixed(2)} s   RSS max ${xlsx.readRssMb.toFixed(0)} Mo`,
  );
}
atMost(
  `Lecture .xlsx d'un million de lignes ÷ plancher (médiane de ${xlsx?.passes ?? 3})`,
  xlsx === undefined ? undefined : xlsx.readMs / xlsx.floorMs,
  2,
);
let verifier: ReturnType<typeof measureVerifier> | undefined;
if (!process.argv.includes("--sans-xlsx")) {
  console.log("");
  console.log("gef verifier d'un modèle à côté de 300 000 logements (npm run bench:cli -- --verifier-seul)");
  verifier = measureVerifier(root);
  console.log(
    `  plancher du fichier ${(verifier.floorMs / 1000).toFixed(2)} s   gef verifier ${(verifier.verifierMs / 1000).toFixed(2)} s   modèle seul ${(verifier.modeleSeulMs / 1000).toFixed(2)} s`,
  );
}
atMost(
  "gef verifier (modèle + 300 000 logements) ÷ plancher du fichier",
  verifier === undefined ? undefined : verifier.verifierMs / verifier.floorMs,
  0.5,
);
atMost("RSS max de cette lecture", xlsx?.readRssMb, 500, " Mo");
atMost("gef --aide", startup.bundleMs, 300, " ms");
atMost(
  "Script avant le premier affichage du volet ÷ avant (d75db03)",
  scriptBytes === undefined ? undefined : (100 * scriptBytes) / BEFORE_SCRIPT_BYTES,
  60,
  " %",
);
console.log("");
console.log("Objectifs (issue 13), mesurés dans ce passage");
for (const [what, value, held] of goals) {
  console.log(`${what.padEnd(64)}${value.padEnd(26)}${held === undefined ? "" : held ? "tenu" : "DÉPASSÉ"}`);
}
if (xlsx === undefined) console.log("(lecture .xlsx : sans --sans-xlsx, ou par npm run bench:cli)");
if (scriptBytes === undefined)
  console.log(
    "(script du volet : lancez npm run build pour le mesurer ; temps du premier affichage : node scripts/first-paint.mjs)",
  );
