/**
 * Commune → EPCI lookups over the whole of France, from the official découpage reduced at build time
 * (data.generated.ts, @etalab/decoupage-administratif). Decoded once, on first use; the index of
 * commune names is built on the first name lookup only. In the pane the table is loaded on demand
 * (see data-source.ts): a lookup before then throws DecoupageNonCharge.
 *
 * Codes: current INSEE codes, and also codes of communes déléguées or associées, arrondissements
 * municipaux (Paris, Lyon, Marseille) and former communes merged since, each leading to the current
 * commune, since RPLS extracts and bailleurs' lists carry them.
 * @see docs/regles/modele-ddets.md « Remplir » (the commune → EPCI link comes from the official découpage)
 */
import { normaliseCommuneCode, normaliseDepartement, normaliseSiren } from "./codes";
import { decoupageData } from "./data-source";
import { decodeDecoupage, findCommune, type Decoupage, type EpciEntry } from "./decode";
import { foldName } from "./fold-name";

export type { EpciEntry } from "./decode";

/** A current commune. */
export interface Commune {
  /** INSEE code, 5 characters ("06088"). */
  readonly code: string;
  readonly nom: string;
  /** Département code: "06", "2A", "971". */
  readonly departement: string;
  /** Its EPCI; `undefined` for the few communes outside any (islands, overseas collectivities). */
  readonly epci: EpciEntry | undefined;
}

let decoded: Decoupage | undefined;
let names: NameIndex | undefined;

/** The decoded découpage (decoded on the first call). */
export function decoupage(): Decoupage {
  if (decoded === undefined) {
    const data = decoupageData();
    decoded = decodeDecoupage(data.epci, data.communes);
  }
  return decoded;
}

function communeAt(d: Decoupage, i: number): Commune {
  const e = d.epciOf[i] ?? -1;
  return { code: d.code[i] ?? "", nom: d.noms()[i] ?? "", departement: d.departement[i] ?? "", epci: d.epci[e] };
}

/** Index of the current commune of any known code (6088 and "06088" alike); -1 when unknown. */
export function communeIndex(code: unknown): number {
  const c = normaliseCommuneCode(code);
  return c === undefined ? -1 : findCommune(decoupage(), c);
}

/** The current commune of a code, old or current; `undefined` when the découpage does not know it. */
export function communeByCode(code: unknown): Commune | undefined {
  const i = communeIndex(code);
  return i < 0 ? undefined : communeAt(decoupage(), i);
}

/** The EPCI of a commune code (old codes and arrondissements included); `undefined` if none is known. */
export function epciOfCommune(code: string): EpciEntry | undefined {
  const i = communeIndex(code);
  return i < 0 ? undefined : decoupage().epci[decoupage().epciOf[i] ?? -1];
}

/** An EPCI by its SIREN (9 digits, number or text). */
export function epciBySiren(siren: unknown): EpciEntry | undefined {
  const s = normaliseSiren(siren);
  const d = decoupage();
  return s === undefined ? undefined : d.epci[d.epciBySiren.get(s) ?? -1];
}

/** Every EPCI of France, sorted by SIREN. */
export function allEpci(): readonly EpciEntry[] {
  return decoupage().epci;
}

/** INSEE codes of the current member communes of an EPCI, in code order ([] for an unknown SIREN). */
export function communesOfEpci(siren: string): string[] {
  const d = decoupage();
  const e = d.epciBySiren.get(siren);
  if (e === undefined) return [];
  const out: string[] = [];
  d.epciOf.forEach((x, i) => {
    if (x === e) out.push(d.code[i] ?? "");
  });
  return out;
}

const ARTICLE_AFTER = /^(.+) (le|la|les|l)$/;

/**
 * The key names are compared by: folded (accents, case, punctuation ignored), « St »/« Ste » read as
 * Saint/Sainte (« ST LAURENT DU VAR »), and an article written after the name in the old INSEE way
 * put back in front (« Cannet (Le) » = « Le Cannet »).
 */
export function communeNameKey(name: string): string {
  let key = foldName(name);
  if (key.startsWith("st") || key.includes(" st")) {
    key = key
      .split(" ")
      .map((w) => (w === "st" ? "saint" : w === "ste" ? "sainte" : w))
      .join(" ");
  }
  if (!name.trimEnd().endsWith(")")) return key;
  const m = ARTICLE_AFTER.exec(key);
  return m ? `${m[2] ?? ""} ${m[1] ?? ""}` : key;
}

/** Names → communes: a key's first commune, and the others for the few names shared by several. */
interface NameIndex {
  readonly first: ReadonlyMap<string, number>;
  readonly more: ReadonlyMap<string, readonly number[]>;
}

/** Index of names, built once (official names need no more than folding, see {@link communeNameKey}). */
function nameIndex(): NameIndex {
  if (names) return names;
  const d = decoupage();
  const first = new Map<string, number>();
  const more = new Map<string, number[]>();
  const add = (name: string, i: number): void => {
    const key = foldName(name);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else if (seen !== i) {
      const list = more.get(key);
      if (list === undefined) more.set(key, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  };
  d.noms().forEach(add);
  d.aliasNom.forEach((name, k) => {
    if (name !== "") add(name, d.aliasCommune[k] ?? -1);
  });
  names = { first, more };
  return names;
}

/**
 * Every current commune a name may designate (its own name, or the name of a former commune now part
 * of it), restricted to a département when one is given ("06", 6, "2A").
 */
export function communesByName(name: string, departement?: unknown): Commune[] {
  const index = nameIndex();
  const key = communeNameKey(name);
  const one = index.first.get(key);
  const found = one === undefined ? [] : [one, ...(index.more.get(key) ?? [])];
  const dep =
    departement === undefined || departement === null || departement === ""
      ? undefined
      : normaliseDepartement(departement);
  const d = decoupage();
  const out: Commune[] = [];
  for (const i of found) if (dep === undefined || d.departement[i] === dep) out.push(communeAt(d, i));
  return out;
}

/**
 * The commune a name designates (accents, case, hyphens ignored); `undefined` when unknown or when
 * the name is ambiguous (five communes of France are called Saint-Martin: give the département).
 */
export function communeByName(name: string, departement?: string): Commune | undefined {
  const found = communesByName(name, departement);
  return found.length === 1 ? found[0] : undefined;
}
