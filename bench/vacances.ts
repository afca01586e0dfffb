/**
 * « À relancer » (issue 19) on a journal of 1 000 000 events: reading the journal, each dwelling's
 * vacancies with their date limite and status, the list of those past or near their limit — against
 * merely sorting the events by dwelling and date (goal ≤ 2×).
 */
import { echeances } from "../src/jobs";
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

export function benchVacances(): { lines: string[]; ratio: number } {
  const events = 1_000_000;
  // The generator's steps, with one mise à disposition in ten followed by a désignation and one in fifty by a retour bailleur.
  const raw = makeJournal(events, "chronologique");
  const journal = raw.map((r, i) => {
    if (i === 0 || r[2] !== "Proposition") return r;
    return i % 10 === 0 ? [r[0], r[1], "Désignation", r[3]] : i % 50 === 1 ? [r[0], r[1], "Retour bailleur", r[3]] : r;
  });
  const sorted = raw.slice(1).map((r) => ({ logement: r[0] as string, date: r[3] as number }));
  const base = time(() =>
    [...sorted].sort((a, b) => (a.logement < b.logement ? -1 : a.logement > b.logement ? 1 : a.date - b.date)),
  );
  const au = 45658; // 2025-01-01
  const gef = time(() =>
    echeances([{ name: "Journal", values: journal }], {
      au,
      jours: 7,
      tout: false,
      regles: { retourBailleurCompte: true },
    }),
  );
  const ratio = gef / base;
  const what = `« À relancer », ${events.toLocaleString("fr-FR")} év. (lecture, vacances, statuts, liste)`;
  return {
    lines: [`${what.padEnd(64)}${formatNs(gef).padEnd(12)}tri seul ${formatNs(base).padEnd(12)}${ratio.toFixed(2)}×`],
    ratio,
  };
}
