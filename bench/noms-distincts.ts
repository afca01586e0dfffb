/**
 * A journal of `events` events, each for its own réservataire (issue 25, 8b): names made of French
 * words, accents, case and a number, all distinct once folded, in no particular order; each event a
 * mise à disposition of its own dwelling in 2024. `npx tsx bench/noms-distincts.ts sortie.csv [N]`
 * writes it as a .csv that `gef bilan` and `gef decompte` read (never committed: generated here).
 * {@link measureGrouping} is `npm run bench`'s figure for grouping them.
 */
import { createWriteStream } from "node:fs";
import { compareCles, ReservataireIds } from "../src/domain";
import { seededRandom } from "../sandbox/random";

const WORDS = [
  "Éclair",
  "habitat",
  "Logis",
  "ÉTAT",
  "ville",
  "Mérou",
  "azur",
  "Cœur",
  "réserve",
  "Sud",
  "Alpes",
  "Côte",
  "bâtir",
  "Ubac",
  "zénith",
  "Olivier",
  "Pin",
  "Ïle",
  "Durance",
  "Var",
  "Estérel",
  "Roya",
  "Tinée",
  "Vésubie",
];
const START_2024 = 45292;

/** The name of réservataire `i` (distinct for each i, even folded). */
function nom(i: number, rnd: () => number): string {
  const w = (): string => WORDS[Math.floor(rnd() * WORDS.length)] ?? "Sud";
  return `${w()} ${w()} ${i.toString(36).toUpperCase()}`;
}

/** Rows [logement, réservataire, étape, date], header first. */
export function makeJournalNomsDistincts(events: number, seed = 25): unknown[][] {
  const rnd = seededRandom(seed);
  const rows: unknown[][] = [["N° logement", "Réservataire", "Étape", "Date"]];
  for (let i = 0; i < events; i++)
    rows.push([
      `L${String(i).padStart(7, "0")}`,
      nom(i, rnd),
      "Mise à disposition",
      START_2024 + Math.floor(rnd() * 366),
    ]);
  return rows;
}

if (process.argv[1]?.endsWith("noms-distincts.ts")) {
  const file = process.argv[2] ?? "journal-noms-distincts.csv";
  const n = Number(process.argv[3] ?? 1_000_000);
  const out = createWriteStream(file);
  for (const [i, r] of makeJournalNomsDistincts(n).entries()) {
    const d = i === 0 ? r[3] : new Date(Date.UTC(1899, 11, 30 + (r[3] as number))).toISOString().slice(0, 10);
    out.write(`${r[0] as string};${r[1] as string};${r[2] as string};${d as string}\n`);
  }
  out.end();
}

/** Figures of grouping a million distinct names, each the median of `passes` alternated runs, in ns. */
export interface GroupingFigures {
  /** Names read into ids by folded key (the journal's reader) then ordered for display (compareCles). */
  readonly regroupement: number;
  /** The same names merely sorted by a plain comparison: the floor. */
  readonly triSimple: number;
  /** The same names sorted by a French collator, as the bilans did before issue 25 (for reference). */
  readonly triFrancais: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Grouping `n` distinct réservataire names as the bilans do, against sorting them plainly. */
export function measureGrouping(n = 1_000_000, passes = 3): GroupingFigures {
  const cells = makeJournalNomsDistincts(n)
    .slice(1)
    .map((r) => r[1] as string);
  const grouping = (): unknown => {
    const ids = new ReservataireIds();
    const events = new Int32Array(cells.length);
    for (let e = 0; e < cells.length; e++) events[e] = ids.read(cells[e], e);
    ids.finish(events);
    return ids.noms.map((nom, i) => ({ nom, cle: ids.cles[i] ?? "" })).sort(compareCles);
  };
  const plain = (): unknown => [...cells].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const collator = new Intl.Collator("fr", { sensitivity: "base" });
  const french = (): unknown => [...cells].sort(collator.compare);
  const t = { regroupement: [] as number[], triSimple: [] as number[], triFrancais: [] as number[] };
  for (let p = 0; p < passes; p++) {
    for (const [k, fn] of [
      ["regroupement", grouping],
      ["triSimple", plain],
      ["triFrancais", french],
    ] as const) {
      const t0 = process.hrtime.bigint();
      fn();
      t[k].push(Number(process.hrtime.bigint() - t0));
    }
  }
  return { regroupement: median(t.regroupement), triSimple: median(t.triSimple), triFrancais: median(t.triFrancais) };
}
