/**
 * Where the breakdowns come from: a dwelling table (RPLS extract or the bailleur's list) or an état
 * des lieux in the DDETS layout, found by headers on any sheet; then the counts, for all EPCI or one.
 * Shared by the pane and `gef repartitions`.
 */
import {
  type Grid,
  countRepartition,
  DEFAULT_REGLES,
  type RegleCategorie,
  repartitionDepuisEdl,
  lireEtatDesLieux,
  type EtatDesLieux,
  type IncoherenceTotal,
  type Repartition,
  EPCI_MODELE_06,
  epciBySiren,
  epciOfCommune,
  readLogements,
  type LogementTable,
  epciName,
} from "../../domain";

export type RepartitionSource =
  | { readonly kind: "logements"; readonly sheet: string; readonly table: LogementTable }
  | { readonly kind: "etat-des-lieux"; readonly sheet: string; readonly edl: EtatDesLieux };

/** The first sheet holding a dwelling table with a financement column, else an état des lieux. */
export function findRepartitionSource(
  sheets: readonly { readonly name: string; readonly values: Grid }[],
): RepartitionSource | undefined {
  for (const s of sheets) {
    const read = readLogements(s.values);
    if (read.ok && read.table.size > 0 && read.table.columns.financement)
      return { kind: "logements", sheet: s.name, table: read.table };
  }
  for (const s of sheets) {
    const edl = lireEtatDesLieux(s.values);
    if (edl.reservataires.length > 0) return { kind: "etat-des-lieux", sheet: s.name, edl };
  }
  return undefined;
}

export interface RepartitionOptions {
  /** SIREN of the EPCI to keep; undefined: all. Only for a dwelling table. */
  readonly epci?: string | undefined;
  readonly regles?: readonly RegleCategorie[];
  readonly autresAvecConsentement?: boolean;
}

/** An EPCI present in the table, for the pane's filter. */
export interface EpciOption {
  readonly siren: string;
  readonly libelle: string;
  readonly logements: number;
}

export interface ComputedRepartition {
  readonly repartition: Repartition;
  /** EPCI of the table's dwellings, most dwellings first ("" = commune unknown). */
  readonly epci: readonly EpciOption[];
  /** Totals of an état des lieux that do not add up (row or column, expected, found). */
  readonly incoherences: readonly IncoherenceTotal[];
  /** What the figures cover, for titles: "tous EPCI" or the EPCI's acronym or name. */
  readonly perimetre: string;
}

const SIGLES = new Map(EPCI_MODELE_06.map((e) => [e.siren, epciName(e)]));
const libelleOf = (siren: string): string =>
  SIGLES.get(siren) ?? epciBySiren(siren)?.nom ?? (siren === "" ? "commune inconnue" : siren);

/** EPCI index of each dwelling (file's SIREN, else its commune's EPCI) and the list of EPCI met. */
function epciIndex(table: LogementTable): { index: Int32Array; sirens: string[] } {
  const ids = new Map<string, number>();
  const sirens: string[] = [];
  const index = new Int32Array(table.size);
  for (let i = 0; i < table.size; i++) {
    const given = table.epci[i] ?? "";
    const siren = given !== "" ? given : (epciOfCommune(table.commune[i] ?? "")?.siren ?? "");
    let id = ids.get(siren);
    if (id === undefined) {
      id = sirens.length;
      ids.set(siren, id);
      sirens.push(siren);
    }
    index[i] = id;
  }
  return { index, sirens };
}

/** Counts the source for the three pictures. */
export function countSourceRepartition(
  source: RepartitionSource,
  options: RepartitionOptions = {},
): ComputedRepartition {
  const regles = options.regles ?? DEFAULT_REGLES;
  const consent = options.autresAvecConsentement === true;
  if (source.kind === "etat-des-lieux") {
    return {
      repartition: repartitionDepuisEdl(source.edl, regles, { autresAvecConsentement: consent }),
      epci: [],
      incoherences: source.edl.incoherences,
      perimetre: "état des lieux",
    };
  }
  const { index, sirens } = epciIndex(source.table);
  const counts = new Array<number>(sirens.length).fill(0);
  for (const id of index) counts[id] = (counts[id] ?? 0) + 1;
  const epci = sirens
    .map((siren, id) => ({ siren, libelle: libelleOf(siren), logements: counts[id] ?? 0 }))
    .sort((a, b) => b.logements - a.logements);
  const chosen = options.epci === undefined ? -1 : sirens.indexOf(options.epci);
  const repartition = countRepartition(source.table, regles, {
    autresAvecConsentement: consent,
    ...(options.epci === undefined ? {} : { filtre: { epciIndex: index, epci: chosen } }),
  });
  return {
    repartition,
    epci,
    incoherences: [],
    perimetre: options.epci === undefined ? "tous EPCI" : libelleOf(options.epci),
  };
}
