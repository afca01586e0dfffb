/**
 * The columns of a dwelling table, read by chunks (columns.ts) and classified once per distinct value
 * into flat arrays, so that readLogements assembles rows with array lookups only.
 */
import type { Grid } from "../cells";
import { normaliseDepartement } from "../epci/codes";
import { FINANCEMENTS, TYPOLOGIES, financementOf, typologieOf } from "../rpls";
import { displayValue } from "../text";
import { isPlaiAdapteLabel, readCommune, readEpci, readEtudiant, readFlag, type CommuneValue } from "./classify";
import { BLANK, ColumnsReader, type InternedColumn } from "./columns";
import type { LogementKey, HeaderMatch } from "./headers";
import { NON_CLASSE } from "./types";

/** A column's values classified by id, following the column as new values are read. */
export class Classified<T> {
  /** Classification of each value id read so far. */
  readonly of: T[] = [];

  constructor(
    readonly column: InternedColumn,
    private readonly classify: (value: unknown, id: number) => T,
  ) {}

  /** Classifies the values read since the last call. */
  update(): void {
    const values = this.column.values;
    for (let id = this.of.length; id < values.length; id++) this.of.push(this.classify(values[id], id));
  }
}

/** How a commune cell reads. */
export const COMMUNE_OK = 1;
/** A code shaped like an INSEE code that the découpage lacks: kept, and reported. */
export const COMMUNE_CODE_ABSENT = 2;
export const COMMUNE_AMBIGUE = 3;
export const COMMUNE_INCONNUE = 4;

/** A commune cell: its code ("" when none), how it reads (0 for blank), and what it designates. */
export interface CommuneCell {
  readonly code: string;
  readonly status: number;
  readonly read: CommuneValue | undefined;
}

/** A yes/no column: 1, 0, or -1 for a value that is neither (reported). */
export interface FlagColumn extends Classified<number> {
  /** French name of the column, for messages. */
  readonly nom: string;
  /** What a yes means for the dwelling. */
  readonly sets: "etudiant" | "pmr" | "plaiAdapte";
}

export interface PreparedLogementColumns {
  readonly reader: ColumnsReader;
  /** 0-based columns read. */
  readonly read: ReadonlySet<number>;
  /** Financement index in FINANCEMENTS per value id of the code column, NON_CLASSE if unclassified. */
  readonly financementCode?: Classified<number>;
  readonly financement?: Classified<number>;
  /** 1 for financement labels naming a PLAI adapté. */
  readonly adapte?: Classified<number>;
  readonly typologie?: Classified<number>;
  /** Commune columns in the order they are tried: codes, names, then a column holding either. */
  readonly communes: readonly Classified<CommuneCell>[];
  /** Département ("" when blank or unreadable). */
  readonly departement?: Classified<string>;
  /** SIREN: "" for blank, `undefined` for an EPCI not found. */
  readonly epci?: Classified<string | undefined>;
  /** Yes/no columns: logement étudiant, TYPECONST, PMR, PLAI adapté (those present). */
  readonly flags: readonly FlagColumn[];
  /** Id in `reservataireLabels` of each value's réservataire label, trimmed (0: blank). */
  readonly reservataire?: Classified<number>;
  /** Distinct réservataire labels, trimmed, by id (index 0: ""); grows as chunks are read. */
  readonly reservataireLabels: readonly string[];
  /** Classifies the values read by the last chunk. */
  readonly update: () => void;
}

const financementIndex = (v: unknown, id: number): number => {
  const f = id === BLANK ? undefined : financementOf(v);
  return f === undefined ? NON_CLASSE : FINANCEMENTS.indexOf(f);
};

const typologieIndex = (v: unknown, id: number): number => {
  const t = id === BLANK ? undefined : typologieOf(v);
  return t === undefined ? NON_CLASSE : TYPOLOGIES.indexOf(t);
};

function communeCell(v: unknown, id: number): CommuneCell {
  const read = id === BLANK ? undefined : readCommune(v);
  if (read === undefined) return { code: "", status: 0, read };
  switch (read.kind) {
    case "nom":
      return { code: read.code, status: COMMUNE_OK, read };
    case "code":
      return { code: read.code, status: read.known ? COMMUNE_OK : COMMUNE_CODE_ABSENT, read };
    case "ambigu":
      return { code: "", status: COMMUNE_AMBIGUE, read };
    default:
      return { code: "", status: COMMUNE_INCONNUE, read };
  }
}

const flag =
  (read: (v: unknown) => 0 | 1 | undefined) =>
  (v: unknown, id: number): number =>
    id === BLANK ? 0 : (read(v) ?? -1);

/** Prepares the reading of every column the header row names. */
export function prepareLogementColumns(grid: Grid, header: HeaderMatch<LogementKey>): PreparedLogementColumns {
  const used: readonly LogementKey[] = [
    "financementCode",
    "financement",
    "typologie",
    "communeCode",
    "communeNom",
    "commune",
    "departement",
    "epci",
    "etudiant",
    "typeConstruction",
    "pmr",
    "plaiAdapte",
    "reservataire",
  ];
  const keys = used.filter((key) => header.columns[key] !== undefined);
  const reader = new ColumnsReader(
    grid,
    keys.map((key) => header.columns[key] ?? 0),
  );
  const all: Classified<unknown>[] = [];
  const on = <T>(key: LogementKey, classify: (v: unknown, id: number) => T): Classified<T> | undefined => {
    const column = reader.columns[keys.indexOf(key)];
    if (column === undefined) return undefined;
    const c = new Classified(column, classify);
    all.push(c);
    return c;
  };
  const flags: FlagColumn[] = [];
  const addFlag = (
    key: LogementKey,
    read: (v: unknown) => 0 | 1 | undefined,
    nom: string,
    sets: FlagColumn["sets"],
  ): void => {
    const c = on(key, flag(read));
    if (c !== undefined) flags.push(Object.assign(c, { nom, sets }));
  };
  addFlag("etudiant", readFlag, "logement étudiant", "etudiant");
  addFlag("typeConstruction", readEtudiant, "type de construction", "etudiant");
  addFlag("pmr", readFlag, "PMR", "pmr");
  addFlag("plaiAdapte", readFlag, "PLAI adapté", "plaiAdapte");
  // Réservataire labels interned: values spelled alike once trimmed share an id, so that the
  // breakdown counts on integer ids and classifies each label once.
  const reservataireLabels: string[] = [""];
  const labelIds = new Map<string, number>([["", 0]]);
  const labelId = (v: unknown): number => {
    const label = typeof v === "string" ? v.trim() : displayValue(v);
    let id = labelIds.get(label);
    if (id === undefined) {
      id = reservataireLabels.push(label) - 1;
      labelIds.set(label, id);
    }
    return id;
  };
  return {
    reader,
    read: new Set(reader.columns.map((c) => c.col)),
    financementCode: on("financementCode", financementIndex),
    financement: on("financement", financementIndex),
    adapte: on("financement", (v) => (isPlaiAdapteLabel(v) ? 1 : 0)),
    typologie: on("typologie", typologieIndex),
    communes: (["communeCode", "communeNom", "commune"] as const).flatMap((key) => on(key, communeCell) ?? []),
    departement: on("departement", (v) => normaliseDepartement(v) ?? ""),
    epci: on("epci", (v, id) => (id === BLANK ? "" : readEpci(v))),
    flags,
    reservataire: on("reservataire", (v, id) => (id === BLANK ? 0 : labelId(v))),
    reservataireLabels,
    update: () => {
      for (const c of all) c.update();
    },
  };
}
