/**
 * The commune of a dwelling row, from its commune columns (codes first, then names, then a column
 * holding either), and the département rule for names shared by several communes (docs/choix.md
 * « Sources du modèle : tables des logements et des mouvements »): the row's département column, else the département
 * the caller gives, else the one most of the table's dwellings are in, none on a tie (known only once every row is
 * read: those rows are settled at the end; a name still ambiguous leaves its dwelling without commune, reported).
 */
import { normaliseDepartement } from "../epci/codes";
import { displayValue } from "../text";
import { BLANK } from "./columns";
import {
  COMMUNE_AMBIGUE,
  COMMUNE_CODE_ABSENT,
  COMMUNE_OK,
  type Classified,
  type CommuneCell,
} from "./logement-columns";
import { raison } from "../messages/tables";

/** A dwelling whose commune name is shared by several communes, settled once the table is read. */
export interface PendingCommune {
  /** Index of the dwelling in the table. */
  readonly index: number;
  readonly ligne: number;
  readonly cell: CommuneCell;
  readonly raw: string;
}

const depOfCode = (code: string): string =>
  code.startsWith("97") || code.startsWith("98") ? code.slice(0, 3) : code.slice(0, 2);

/** The département most dwellings are in, from their commune codes ("" on a tie). */
export function dominantDepartement(commune: readonly string[], size: number): string {
  const weight = new Map<string, number>();
  let last = "";
  let run = 0;
  const flush = (): void => {
    if (last !== "") weight.set(depOfCode(last), (weight.get(depOfCode(last)) ?? 0) + run);
  };
  for (let i = 0; i < size; i++) {
    const c = commune[i] ?? "";
    if (c === last) {
      run++;
      continue;
    }
    flush();
    last = c;
    run = 1;
  }
  flush();
  let best = "";
  let most = 0;
  let tie = false;
  for (const [dep, w] of weight) {
    if (w > most) [best, most, tie] = [dep, w, false];
    else if (w === most) tie = true;
  }
  return tie ? "" : best;
}

/** The one commune of `cell` (an ambiguous name) in `dep`, or "". */
export function communeInDepartement(cell: CommuneCell, dep: string): string {
  const r = cell.read;
  const inDep = r?.kind === "ambigu" ? r.candidates.filter((x) => x.departement === dep) : [];
  return inDep.length === 1 ? (inDep[0]?.code ?? "") : "";
}

/** Reads the commune of each row of the current chunk. */
export class CommuneOfRow {
  private readonly departement: string | undefined;
  private readonly cache = new Map<string, string>();
  /** After {@link code}: true when the row had a non-blank commune cell. */
  given = false;
  /** After {@link code}: the ambiguous cell to settle at the end, when the département is not known yet. */
  pending: CommuneCell | undefined;
  pendingRaw = "";

  constructor(
    private readonly communes: readonly Classified<CommuneCell>[],
    private readonly dep: Classified<string> | undefined,
    departement: string | undefined,
  ) {
    this.departement = normaliseDepartement(departement);
  }

  /** The commune code of row `i` of the chunk ("" when none); its problem, if any, goes to `problems`. */
  code(i: number, problems: string[]): string {
    let code = "";
    let problem: string | undefined;
    this.given = false;
    this.pending = undefined;
    for (const c of this.communes) {
      const id = c.column.ids[i] ?? BLANK;
      if (id === BLANK) continue;
      this.given = true;
      const cell = c.of[id];
      if (cell === undefined) continue;
      if (cell.status === COMMUNE_OK) {
        this.pending = undefined;
        return cell.code;
      }
      if (cell.status === COMMUNE_CODE_ABSENT) {
        if (code === "") {
          code = cell.code;
          problem = raison.codeCommuneAbsent(code);
        }
      } else if (cell.status === COMMUNE_AMBIGUE) {
        const raw = displayValue(c.column.values[id]);
        const dep =
          (this.dep === undefined ? "" : (this.dep.of[this.dep.column.ids[i] ?? BLANK] ?? "")) || this.departement;
        if (dep === undefined) {
          if (this.pending === undefined && code === "") [this.pending, this.pendingRaw] = [cell, raw];
          continue;
        }
        const key = `${dep}|${raw}`;
        let found = this.cache.get(key);
        if (found === undefined) this.cache.set(key, (found = communeInDepartement(cell, dep)));
        if (found !== "") {
          this.pending = undefined;
          return found;
        }
        const n = cell.read?.kind === "ambigu" ? cell.read.candidates.length : 0;
        problem ??= raison.communeAmbigue(raw, n);
      } else {
        problem ??= raison.communeInconnue(displayValue(c.column.values[id]));
      }
    }
    if (this.pending !== undefined) return "";
    if (problem !== undefined) problems.push(problem);
    return code;
  }
}
