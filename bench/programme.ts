/**
 * Programmes neufs (issue 20): the split of an operation of 5 000 dwellings (4 financements × 6
 * typologies, 20 buildings of 10 floors) among 12 réservataires, from the dwellings read to each
 * dwelling's réservataire (controlled rounding of the table, then of each category's buildings), and
 * the whole job with the reading of the tables and the « Programme » sheet's plan. Median of 7 runs
 * (wall), and the processor time per run beside it.
 */
import {
  FINANCEMENTS,
  repartirProgramme,
  TYPOLOGIES,
  type DroitProgramme,
  type LogementProgramme,
} from "../src/domain";
import { travailProgramme } from "../src/jobs";
import { seededRandom } from "./measure";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median wall time of `runs` runs after one warm-up, and the processor time per run (what a loaded machine does not inflate). */
function ms(fn: () => unknown, runs = 7): { wall: number; cpu: number } {
  fn();
  const times: number[] = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const c = process.cpuUsage(c0);
  return { wall: median(times), cpu: (c.user + c.system) / 1000 / runs };
}

/** The generated operation and shares (shares with two decimals, adding up to 97 %). */
export function operationDeBanc(
  n = 5_000,
  reservataires = 12,
): { logements: LogementProgramme[]; droits: DroitProgramme[] } {
  const random = seededRandom(20);
  const logements = Array.from({ length: n }, (_, i) => ({
    logement: `L${i + 1}`,
    financement: FINANCEMENTS[Math.floor(random() * 4)] ?? "PLUS",
    typologie: TYPOLOGIES[Math.floor(random() * 6)] ?? "T3",
    batiment: `Bât. ${1 + (i % 20)}`,
    etage: Math.floor(i / 20) % 10,
  }));
  const poids = Array.from({ length: reservataires }, () => 1 + random() * 9);
  const somme = poids.reduce((a, b) => a + b, 0);
  const droits = poids.map((p, i) => ({
    reservataire: `Réservataire ${i + 1}`,
    part: Math.floor((9700 * p) / somme) / 100,
    garant: false,
    montantGaranti: undefined,
  }));
  return { logements, droits };
}

/** Lines for `npm run bench`, and the split's median in ms for the goals. */
export function benchProgramme(): { lines: string[]; splitMs: number } {
  const { logements, droits } = operationDeBanc();
  const splitMs = ms(() => repartirProgramme(logements, droits, { convention: false }));
  const operation = [
    ["Logement", "Financement", "Typologie", "Bâtiment", "Étage"],
    ...logements.map((l) => [l.logement, l.financement, l.typologie, l.batiment, l.etage ?? ""]),
  ];
  const table = [["Réservataire", "Part"], ...droits.map((d) => [d.reservataire, `${d.part} %`])];
  const sheets = [
    { name: "Opération", values: operation },
    { name: "Droits du programme", values: table },
  ];
  const jobMs = ms(() => travailProgramme(sheets, sheets, { nom: "Banc", convention: false }));
  const line = (what: string, t: { wall: number; cpu: number }): string =>
    `  ${what.padEnd(70)}${t.wall.toFixed(1).padStart(7)} ms   processeur ${t.cpu.toFixed(1)} ms`;
  return {
    lines: [
      line("répartition (domaine : totaux, arrondi contrôlé, bâtiments, étages)", splitMs),
      line("travail entier (lecture des tables, répartition, plan de la feuille)", jobMs),
    ],
    splitMs: splitMs.wall,
  };
}
