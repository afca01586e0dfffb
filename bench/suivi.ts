/**
 * « Suivi du flux » on a journal of 1 000 000 events: the bilan of a year per EPCI × réservataire
 * (reading the journal and its commune column, counting each vacancy once per stage as DECOMPTE,
 * the sheet's plan) and the legal annual bilan joined to a table of 25 000 dwellings, each against
 * merely sorting the events by dwelling and date.
 */
import { DEFAULT_REGLAGES_SUIVI, travailAnnuel, travailBilan } from "../src/jobs";
import { GENERATOR_COMMUNES } from "../sandbox/logement-grid";
import { makeJournal } from "../sandbox/journal";
import { formatNs } from "./measure";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(fn: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0));
  }
  return median(times);
}

export function benchSuivi(): string[] {
  const lines: string[] = [];
  const row = (what: string, gef: number, base: number): void =>
    void lines.push(
      `${what.padEnd(64)}${formatNs(gef).padEnd(12)}tri seul ${formatNs(base).padEnd(12)}${(gef / base).toFixed(2)}×`,
    );
  const events = 1_000_000;
  const raw = makeJournal(events, "chronologique");
  // A commune per dwelling (its EPCI groups the bilan), as a bailleur's export gives it.
  const journal = raw.map((r, i) => {
    if (i === 0) return [...r, "Commune"];
    const id = String(r[0]);
    const c = GENERATOR_COMMUNES[Number(id.slice(-4)) % GENERATOR_COMMUNES.length];
    return [...r, c?.code ?? ""];
  });
  const objectifs = [
    ["Réservataire", "Objectif"],
    ...[...new Set(raw.slice(1).map((r) => r[1] as string))].map((n, i) => [n, 500 + 100 * i]),
  ];
  const parc: unknown[][] = [["N° logement", "Commune", "Financement", "Typologie", "QPV", "Année de construction"]];
  for (let n = 0; n < 25_000; n++) {
    const c = GENERATOR_COMMUNES[n % GENERATOR_COMMUNES.length];
    parc.push([
      `06${String(100000 + n).padStart(7, "0")}`,
      c?.code ?? "",
      ["PLAI", "PLUS", "PLS"][n % 3],
      `T${1 + (n % 5)}`,
      1 + (n % 2),
      1950 + (n % 70),
    ]);
  }
  const sorted = raw.slice(1).map((r) => ({ logement: r[0] as string, date: r[3] as number }));
  const sortOnly = (): unknown =>
    [...sorted].sort((a, b) => (a.logement < b.logement ? -1 : a.logement > b.logement ? 1 : a.date - b.date));
  const base = time(sortOnly);
  const r = { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "ANNEE" as const, annee: 2024 } };
  row(
    `Bilan d'une année, ${events.toLocaleString("fr-FR")} év., par EPCI × réservataire`,
    time(() =>
      travailBilan(
        [
          { name: "Journal", values: journal },
          { name: "Objectifs", values: objectifs },
        ],
        r,
      ),
    ),
    base,
  );
  row(
    `Bilan annuel légal, ${events.toLocaleString("fr-FR")} év. joints à 25 000 logements`,
    time(() =>
      travailAnnuel(
        [
          { name: "Journal", values: raw },
          { name: "Logements", values: parc },
        ],
        "Journal",
        2024,
        r,
      ),
    ),
    base,
  );
  return lines;
}
