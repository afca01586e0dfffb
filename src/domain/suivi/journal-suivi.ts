/**
 * The décompte journal with each event's attributes: the journal's own columns (EPCI, commune,
 * typologie, financement, QPV, année de construction, opération) and, for what it lacks, the
 * dwelling table joined on the dwelling identifier. Dwellings that cannot be joined are listed,
 * never dropped: they count under « non renseigné ».
 */
import type { Grid } from "../cells";
import { ligneJournal, readJournal, type Journal } from "../journal";
import type { Result } from "../messages/result";
import { matchHeaderRow } from "../tables/headers";
import { COLONNES_ATTRIBUTS, INCONNU, type CleAttribut, type Workbooks } from "./attributs";
import { ATTRIBUTS_LOGEMENT, cleLogement, type Parc } from "./parc";

const CLES: readonly CleAttribut[] = [
  "epci",
  "commune",
  "typologie",
  "financement",
  "qpv",
  "construction",
  "operation",
];

/** A dwelling of the journal missing from the dwelling table. */
export interface NonRapproche {
  readonly logement: string;
  readonly evenements: number;
  /** First journal line of the dwelling (header = line 1). */
  readonly ligne: number;
}

export interface JournalSuivi {
  readonly journal: Journal;
  /** Class ids per event and attribute (INCONNU when unknown). */
  readonly attributs: Readonly<Record<CleAttribut, Int32Array>>;
  /** Attributes the journal gives itself. */
  readonly columns: ReadonlySet<CleAttribut>;
  /** True when events can be located (EPCI or commune, from the journal or the table). */
  readonly localise: boolean;
  readonly parc?: Parc | undefined;
  readonly nonRapproches: readonly NonRapproche[];
  /** SIREN of each EPCI id of {@link attributs}.epci. */
  readonly epciSirens: readonly string[];
  /** Serial date of the latest event. */
  readonly last: number | undefined;
}

/** Reads the journal and its attributes; the journal's own errors are DECOMPTE's. */
export function readJournalSuivi(grid: Grid, workbooks: Workbooks, parc?: Parc): Result<JournalSuivi> {
  const read = readJournal(grid);
  if (!read.ok) return read;
  const journal = read.value;
  const header = matchHeaderRow(grid[journal.headerRow ?? 0] ?? [], COLONNES_ATTRIBUTS);
  const n = journal.size;
  const attributs = Object.fromEntries(CLES.map((k) => [k, new Int32Array(n).fill(INCONNU)])) as Record<
    CleAttribut,
    Int32Array
  >;
  const present = CLES.filter((k) => header.columns[k] !== undefined);
  const manque = ATTRIBUTS_LOGEMENT.filter((k) => header.columns[k] === undefined);
  const join = parc !== undefined && parc.index.size > 0 && manque.length > 0 ? parc : undefined;
  const absents = new Map<string, { logement: string; evenements: number; ligne: number }>();
  let last: number | undefined;
  for (let e = 0; e < n; e++) {
    const row = grid[ligneJournal(journal, e) - 1] ?? [];
    for (const k of present) attributs[k][e] = workbooks.of(k, row[header.columns[k] ?? 0]);
    if (join !== undefined) {
      const logement = journal.logements[journal.logement[e] ?? 0];
      const key = cleLogement(logement);
      const at = join.index.get(key);
      if (at === undefined) {
        const seen = absents.get(key);
        if (seen) seen.evenements++;
        else absents.set(key, { logement: logement ?? key, evenements: 1, ligne: ligneJournal(journal, e) });
      } else {
        for (const k of ATTRIBUTS_LOGEMENT) {
          if ((attributs[k][e] ?? INCONNU) === INCONNU) attributs[k][e] = join.attributs[k][at] ?? INCONNU;
        }
      }
    }
    if ((attributs.epci[e] ?? INCONNU) === INCONNU) {
      const c = attributs.commune[e] ?? INCONNU;
      if (c !== INCONNU) attributs.epci[e] = workbooks.epciDeCommune[c] ?? INCONNU;
    }
    const d = journal.date[e] ?? 0;
    if (last === undefined || d > last) last = d;
  }
  const localise =
    header.columns.epci !== undefined ||
    header.columns.commune !== undefined ||
    (join !== undefined && (join.columns.has("epci") || join.columns.has("commune")));
  const nonRapproches = [...absents.values()].sort((a, b) => a.ligne - b.ligne);
  return {
    ok: true,
    value: {
      journal,
      attributs,
      columns: new Set(present),
      localise,
      parc: join,
      nonRapproches,
      epciSirens: workbooks.epci.valeurs,
      last,
    },
  };
}
