/**
 * A realistic décompte journal, made by a seeded generator: dwellings offered to réservataires,
 * sometimes reinjected to another, then proposition, attribution and bail, from 2023 to 2025.
 */
import { seededRandom } from "./random";

const RESERVATAIRES = [
  "PREFECTURE",
  "CONTINGENT PREFECTORAL DALO",
  "ACTION LOGEMENT SERVICES",
  "VILLE DE NICE",
  "CONSEIL DEPARTEMENTAL",
  "MINISTERE DE LA JUSTICE",
  "METROPOLE NICE COTE D'AZUR",
  "VILLE D'ANTIBES",
  "CASA",
  "BAILLEUR",
];
const STAGES = ["Mise à disposition", "Proposition", "Attribution", "Bail signé"];
const START = 44927; // 2023-01-01

/** How the rows come: in time order, as a bailleur's tool exports them, or grouped by dwelling. */
export type JournalOrder = "chronologique" | "par-logement";

/**
 * Rows of [logement, réservataire, étape, date], header first, `events` events: vacancies of
 * 25 000 dwellings (some have several), each offered, sometimes reinjected, then proposed,
 * attributed and let.
 */
export function makeJournal(events: number, order: JournalOrder = "chronologique", seed = 42): unknown[][] {
  const rnd = seededRandom(seed);
  const rows: unknown[][] = [];
  while (rows.length < events) {
    const id = `06${String(100000 + Math.floor(rnd() * 25000)).padStart(7, "0")}`;
    let date = START + Math.floor(rnd() * 1000);
    let res = RESERVATAIRES[Math.floor(rnd() * RESERVATAIRES.length)] ?? "PREFECTURE";
    const reinjections = rnd() < 0.15 ? 1 : 0;
    for (let k = 0; k <= reinjections; k++) {
      rows.push([id, res, STAGES[0], date]);
      date += 10 + Math.floor(rnd() * 30);
      res = RESERVATAIRES[Math.floor(rnd() * RESERVATAIRES.length)] ?? "PREFECTURE";
    }
    const last = rnd() < 0.2 ? 1 : rnd() < 0.3 ? 2 : 3;
    for (let s = 1; s <= last; s++) {
      date += 5 + Math.floor(rnd() * 20);
      rows.push([id, rows[rows.length - 1]?.[1], STAGES[s], date]);
    }
  }
  const body = rows.slice(0, events);
  if (order === "chronologique") body.sort((a, b) => (a[3] as number) - (b[3] as number));
  else
    body.sort((a, b) =>
      (a[0] as string) < (b[0] as string)
        ? -1
        : (a[0] as string) > (b[0] as string)
          ? 1
          : (a[3] as number) - (b[3] as number),
    );
  // Excel hands ranges over serialized: a JSON round trip lays the rows out in memory as they come.
  return JSON.parse(JSON.stringify([["N° logement", "Réservataire", "Étape", "Date"], ...body])) as unknown[][];
}

/**
 * The example's journal for « Suivi du flux »: vacancies of the example's dwellings (« L0000001 »…,
 * those of the dwelling table, so that the bilans join it; about one in a hundred is unknown to it),
 * offered, sometimes reinjected, then proposed, attributed and let, in 2024 and 2025; the year of
 * construction and, now and then, the operation (mutation, relogement ANRU…) in the journal itself.
 */
export function makeJournalSuivi(events: number, logements: number, seed = 12): unknown[][] {
  const rnd = seededRandom(seed);
  const start = 45292; // 2024-01-01
  const operations = ["Mutation interne", "Relogement ANRU", "Relogement hors ANRU", "Logement insalubre", "Vente"];
  const rows: unknown[][] = [];
  while (rows.length < events) {
    const n = 1 + Math.floor(rnd() * logements);
    const id = rnd() < 0.01 ? `L9${String(n).padStart(6, "0")}` : `L${String(n).padStart(7, "0")}`;
    const construit = 1950 + ((n * 37) % 74);
    const operation = rnd() < 0.08 ? (operations[Math.floor(rnd() * operations.length)] ?? "") : "";
    let date = start + Math.floor(rnd() * 640);
    let res = RESERVATAIRES[Math.floor(rnd() * RESERVATAIRES.length)] ?? "PREFECTURE";
    const reinjections = rnd() < 0.15 ? 1 : 0;
    for (let k = 0; k <= reinjections; k++) {
      rows.push([id, res, STAGES[0], date, construit, operation]);
      date += 10 + Math.floor(rnd() * 30);
      res = RESERVATAIRES[Math.floor(rnd() * RESERVATAIRES.length)] ?? "PREFECTURE";
    }
    const last = rnd() < 0.2 ? 1 : rnd() < 0.3 ? 2 : 3;
    for (let s = 1; s <= last; s++) {
      date += 5 + Math.floor(rnd() * 20);
      rows.push([id, rows[rows.length - 1]?.[1], STAGES[s], date, construit, operation]);
    }
  }
  const body = rows.slice(0, events).sort((a, b) => (a[3] as number) - (b[3] as number));
  return JSON.parse(
    JSON.stringify([["N° logement", "Réservataire", "Étape", "Date", "Année de construction", "Opération"], ...body]),
  ) as unknown[][];
}

/** The example's rights: each réservataire of the journal, dwellings reserved (seeded). */
export function makeDroits(seed = 7): unknown[][] {
  const rnd = seededRandom(seed);
  return [["Réservataire", "Droits"], ...RESERVATAIRES.map((r) => [r, 50 + Math.floor(rnd() * 950)])];
}
