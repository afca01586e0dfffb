/**
 * Realistic dwelling tables for the sandbox's example, the tests and the benchmarks: RPLS-like extracts of a
 * bailleur of the Alpes-Maritimes, seeded so that a seed always gives the same grid.
 *
 * Shapes, as found in the field:
 * - `ancien`: coded RPLS columns, codes as Excel makes them when a CSV is opened (DEPCOM 6088, FINAN
 *   13), EPCI SIREN left blank on some rows;
 * - `2024`: `X_CODE` / `X_LIBELLE` pairs, codes as text ("06088"), a « PLAI adapté » column;
 * - `communes: "noms"`: a bailleur's own list, communes by name in capitals (« ST LAURENT DU VAR »),
 *   French labels (« PLUS », « T3 »).
 * Every list has a free-text réservataire column. With `faulty`, about one row in a hundred is faulty
 * (unknown financement or commune code, blank or total line, unreadable typologie or flag, nothing usable),
 * the other rows staying those of the clean grid of the same seed.
 * Pure and dependency-free: a seeded PRNG (mulberry32, ./random.ts), no I/O.
 */
import { seededRandom } from "./random";

/** A commune of the generated tables: real INSEE code, name and EPCI SIREN, and its weight in the parc. */
export interface GeneratedCommune {
  readonly code: string;
  readonly nom: string;
  readonly siren: string;
  readonly poids: number;
}

const MNCA = "200030195";
const CASA = "240600585";
const CAPL = "200039915";
const CAPG = "200039857";
const CARF = "240600551";
const CCAA = "200039931";
const CCPP = "240600593";

/** Communes of the 06 used by the generator, across the five EPCI of the template and the two others. */
export const GENERATOR_COMMUNES: readonly GeneratedCommune[] = [
  { code: "06088", nom: "Nice", siren: MNCA, poids: 40 },
  { code: "06027", nom: "Cagnes-sur-Mer", siren: MNCA, poids: 6 },
  { code: "06123", nom: "Saint-Laurent-du-Var", siren: MNCA, poids: 4 },
  { code: "06157", nom: "Vence", siren: MNCA, poids: 2 },
  { code: "06033", nom: "Carros", siren: MNCA, poids: 2 },
  { code: "06149", nom: "La Trinité", siren: MNCA, poids: 2 },
  { code: "06159", nom: "Villefranche-sur-Mer", siren: MNCA, poids: 1 },
  { code: "06004", nom: "Antibes", siren: CASA, poids: 10 },
  { code: "06155", nom: "Vallauris", siren: CASA, poids: 4 },
  { code: "06161", nom: "Villeneuve-Loubet", siren: CASA, poids: 2 },
  { code: "06152", nom: "Valbonne", siren: CASA, poids: 2 },
  { code: "06018", nom: "Biot", siren: CASA, poids: 1 },
  { code: "06029", nom: "Cannes", siren: CAPL, poids: 8 },
  { code: "06030", nom: "Le Cannet", siren: CAPL, poids: 5 },
  { code: "06079", nom: "Mandelieu-la-Napoule", siren: CAPL, poids: 2 },
  { code: "06085", nom: "Mougins", siren: CAPL, poids: 1 },
  { code: "06069", nom: "Grasse", siren: CAPG, poids: 6 },
  { code: "06084", nom: "Mouans-Sartoux", siren: CAPG, poids: 1.5 },
  { code: "06095", nom: "Peymeinade", siren: CAPG, poids: 1 },
  { code: "06090", nom: "Pégomas", siren: CAPG, poids: 1 },
  { code: "06083", nom: "Menton", siren: CARF, poids: 4 },
  { code: "06104", nom: "Roquebrune-Cap-Martin", siren: CARF, poids: 1.5 },
  { code: "06012", nom: "Beausoleil", siren: CARF, poids: 1.5 },
  { code: "06099", nom: "Puget-Théniers", siren: CCAA, poids: 0.5 },
  { code: "06094", nom: "Péone", siren: CCAA, poids: 0.2 },
  { code: "06048", nom: "Contes", siren: CCPP, poids: 0.6 },
  { code: "06057", nom: "L'Escarène", siren: CCPP, poids: 0.3 },
];

const EPCI_LIBELLES: Readonly<Record<string, string>> = {
  [MNCA]: "Métropole Nice Côte d'Azur",
  [CASA]: "CA de Sophia Antipolis",
  [CAPL]: "CA Cannes Pays de Lérins",
  [CAPG]: "CA du Pays de Grasse",
  [CARF]: "CA de la Riviera Française",
  [CCAA]: "CC Alpes d'Azur",
  [CCPP]: "CC du Pays des Paillons",
};

/** RPLS FINAN codes with their label and weight (ERILIA's sheet: 11 % PLAI, 79 % PLUS, 10 % PLS). */
const FINAN: readonly (readonly [code: number, libelle: string, poids: number])[] = [
  [10, "PLAI", 4],
  [11, "PLAI", 7],
  [12, "PLUS", 9],
  [13, "PLUS", 60],
  [50, "PLUS", 4],
  [51, "PLUS", 3],
  [53, "PLUS", 3],
  [14, "PLS", 4],
  [15, "PLS", 5],
  [17, "PLS", 1],
  [16, "PLI", 1],
  [49, "Autre", 0.3],
  [99, "Autre", 0.2],
];

/** Typologie weights, T1 to T6 (ERILIA's sheet: 4 %, 24 %, 42 %, 25 %, 3 %, under 1 %). */
const PIECES: readonly number[] = [4, 24, 42, 25, 3, 0.5];

/** Réservataire labels as bailleurs' extracts write them ("" : not reserved). */
export const GENERATOR_RESERVATAIRES: readonly (readonly [libelle: string, poids: number])[] = [
  ["PREFECTURE", 15],
  ["CONTINGENT PREFECTORAL DALO", 5],
  ["PREFECTURE - FONCTIONNAIRES", 3],
  ["ACTION LOGEMENT SERVICES", 18],
  ["ACTION LOGEMENT", 2],
  ["VILLE", 10],
  ["CONSEIL DEPARTEMENTAL", 5],
  ["MINISTERE DE LA JUSTICE", 1],
  ["CENTRE HOSPITALIER", 1],
  ["", 40],
];

export interface LogementGridOptions {
  readonly seed: number;
  readonly scheme: "ancien" | "2024";
  /** About one row in a hundred faulty (see the module's comment). */
  readonly faulty?: boolean;
  /** Title and blank lines above the header row (default 0: the header is row 1). */
  readonly titleRows?: number;
  /** "noms": a bailleur's list with commune names only (no code, no EPCI column). */
  readonly communes?: "codes" | "noms";
}

/** A weighted picker: index of the chosen weight. */
function picker(weights: readonly number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let i = 0;
    while (i < cumulative.length - 1 && (cumulative[i] ?? 0) <= x) i++;
    return i;
  };
}

const HEADERS = {
  ancien: ["NUMLOG", "DEPCOM", "EPCI", "FINAN", "NBPIECE", "TYPECONST", "MODE", "QPV", "PMR", "Réservataire"],
  "2024": [
    "NUMLOG",
    "DEPCOM_CODE",
    "DEPCOM_LIBELLE",
    "EPCI_CODE",
    "EPCI_LIBELLE",
    "FINAN_CODE",
    "FINAN_LIBELLE",
    "NBPIECE",
    "TYPECONST_CODE",
    "MODE_CODE",
    "QPV_CODE",
    "PMR",
    "PLAI adapté",
    "Réservataire",
  ],
  noms: ["N° logement", "Commune", "Financement", "Typologie", "Réservataire", "PMR"],
} as const;

/** How a bailleur writes a commune: capitals, « ST » for Saint, hyphens as spaces. */
const shouted = (nom: string): string =>
  nom
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/-/g, " ")
    .replace(/^SAINT /, "ST ");

/**
 * A dwelling grid: `titleRows` lines, a header row, then `rows` data rows (faulty ones included).
 * @example makeLogementGrid(200_000, { seed: 1, scheme: "2024" })
 */
export function makeLogementGrid(rows: number, options: LogementGridOptions): unknown[][] {
  const random = seededRandom(options.seed);
  // Faults draw from their own sequence: a faulty grid is the clean grid of the same seed, plus faults.
  const faults = seededRandom(options.seed ^ 0x5bd1e995);
  const commune = picker(
    GENERATOR_COMMUNES.map((c) => c.poids),
    random,
  );
  const finan = picker(
    FINAN.map((f) => f[2]),
    random,
  );
  const pieces = picker(PIECES, random);
  const reservataire = picker(
    GENERATOR_RESERVATAIRES.map((r) => r[1]),
    random,
  );
  const shape = options.communes === "noms" ? "noms" : options.scheme;
  const header: readonly string[] = HEADERS[shape];
  const grid: unknown[][] = [];
  for (let t = 0; t < (options.titleRows ?? 0); t++) {
    grid.push(
      t === 0 ? [`Extraction RPLS ${options.scheme === "2024" ? 2024 : 2022} - patrimoine au 1er janvier`] : [],
    );
  }
  grid.push([...header]);
  for (let r = 0; r < rows; r++) {
    const c = GENERATOR_COMMUNES[commune()] ?? GENERATOR_COMMUNES[0];
    const f = FINAN[finan()] ?? FINAN[0];
    if (c === undefined || f === undefined) continue;
    const [code, libelle] = f;
    const nbpiece = pieces() + 1;
    const x = random();
    const typeconst = x < 0.02 ? "E" : x < 0.2 ? "I" : "C";
    const mode = random() < 0.95 ? 1 : 2 + Math.floor(random() * 3);
    const qpv = random() < 0.3 ? 1 : 2;
    const isPmr = random() < 0.05;
    const adapte = libelle === "PLAI" && random() < 0.1;
    const resLabel = GENERATOR_RESERVATAIRES[reservataire()]?.[0] ?? "";
    const res = resLabel === "VILLE" ? `VILLE DE ${shouted(c.nom)}` : resLabel;
    const numlog = `L${String(r + 1).padStart(7, "0")}`;
    let row: unknown[];
    if (shape === "ancien") {
      const epci = random() < 0.15 ? null : Number(c.siren);
      row = [numlog, Number(c.code), epci, code, nbpiece, typeconst, mode, qpv, isPmr ? 1 : 0, res];
    } else if (shape === "2024") {
      row = [
        numlog,
        c.code,
        c.nom,
        c.siren,
        EPCI_LIBELLES[c.siren] ?? "",
        String(code),
        libelle,
        nbpiece,
        typeconst,
        String(mode),
        String(qpv),
        isPmr ? "OUI" : "NON",
        adapte ? "X" : "",
        res,
      ];
    } else {
      row = [numlog, shouted(c.nom), adapte ? "PLAI adapté" : libelle, `T${nbpiece}`, res, isPmr ? "X" : ""];
    }
    if (options.faulty === true && faults() < 0.01) row = fault(row, shape, faults);
    grid.push(row);
  }
  return grid;
}

/** Column of each field in each shape, for faults. */
const AT = {
  ancien: { commune: 1, finan: 3, pieces: 4, pmr: 8 },
  "2024": { commune: 1, finan: 5, pieces: 7, pmr: 11 },
  noms: { commune: 1, finan: 2, pieces: 3, pmr: 5 },
} as const;

function fault(row: unknown[], shape: keyof typeof AT, random: () => number): unknown[] {
  const at = AT[shape];
  const out = [...row];
  const kind = Math.floor(random() * 7);
  switch (kind) {
    case 0: // unknown financement, the row still counts
      out[at.finan] = "XYZ";
      if (shape === "2024") out[at.finan + 1] = "";
      return out;
    case 1: // blank line
      return out.map(() => null);
    case 2: // commune code unknown to the découpage
      out[at.commune] = shape === "noms" ? "NIZZA" : shape === "ancien" ? 6999 : "06999";
      if (shape === "2024") out[at.commune + 1] = "";
      return out;
    case 3: // unreadable typologie
      out[at.pieces] = shape === "noms" ? "T?" : 0;
      return out;
    case 4: // unreadable PMR flag
      out[at.pmr] = "peut-être";
      return out;
    case 5: // total line
      return out.map((_, i) => (i === at.commune ? "TOTAL" : i === out.length - 1 ? 1234 : null));
    default: // nothing usable: unknown commune and financement, nothing else
      return out.map((_, i) => (i === at.commune ? "ZZZ" : i === at.finan ? "???" : null));
  }
}
