/**
 * Random Excel-shaped values for the fuzz corpus (fast-check, fixed seeds): what a cell, a range or
 * an omitted argument may hand GEF, with more than their share of the values that broke it once
 * (blanks, numeric text, 9,99E307, 5E-324, 1E20, booleans, error values).
 */
import fc from "fast-check";

/** Seed of every fuzz property: a failure prints its counterexample and replays identically. */
export const SEED = 20_261_301;

/** An error value in a cell, as Excel's runtime would pass it (the test shim's CustomFunctions.Error). */
const errorExcel = fc
  .constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!")
  .map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode));

/** Numbers Excel can hold, extremes included. */
export const nombre = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.constantFrom(0, -0, 1, 9.99e307, -9.99e307, 5e-324, 1e20, 1e10, 2_958_465, 2_958_466, 45292, 0.5, 1e-300),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Text a user may type in a cell. */
export const texte = fc.oneof(
  fc.constantFrom(
    "12",
    " 1 234,5 ",
    "12,5 %",
    "1,234.5",
    "1E20",
    "-3",
    "VRAI",
    "n/a",
    "31/12/2024",
    "2024-13-45",
    "\u00a0",
    "a".repeat(300),
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);

/** One cell: number, text, boolean, blank or error. */
export const cellArb = fc.oneof(
  { weight: 4, arbitrary: nombre },
  { weight: 3, arbitrary: texte },
  { weight: 2, arbitrary: fc.constantFrom(null, "", " ") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorExcel },
);

/** A rectangular range of `cell`s (rows × columns within the bounds). */
export function rangeArb<T>(cell: fc.Arbitrary<T>, maxRows = 6, maxCols = 6): fc.Arbitrary<T[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
}

/** Any argument: a scalar, a range, or omitted (`null`, `undefined`). */
export const argument = fc.oneof(
  { weight: 3, arbitrary: cellArb },
  { weight: 4, arbitrary: rangeArb(cellArb) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

/** Words found in GEF's headers and labels, so that random grids sometimes look like real ones. */
const MOTS = [
  "Commune",
  "Code INSEE",
  "EPCI",
  "SIREN",
  "Financement",
  "Typologie",
  "Réservataire",
  "Logement",
  "Département",
  "PLAI",
  "PLUS",
  "PLS",
  "PLI",
  "T1",
  "T2",
  "T3",
  "T4",
  "T5",
  "T6",
  "Total",
  "TOTAL",
  "ETAT",
  "ACTION LOGEMENT",
  "Année",
  "Entrées",
  "Départs",
  "Parc",
  "Mutations",
  "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
  "Calcul de l'assiette",
  "CAPG",
  "CAPL",
  "CASA",
  "MNCA",
  "CARF",
  "06088",
  "200030195",
  "Nice",
  "étudiants",
  "PMR",
  "MISE_A_DISPOSITION",
  "BAIL",
  "date",
  "logement",
  "réservataire",
  "étape",
  "oui",
  "NON",
  "5 %",
  "25 %",
];

/** A cell of a grid given to the table readers: mostly header words and numbers. */
export const celluleDeTable = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MOTS) },
  { weight: 3, arbitrary: nombre },
  { weight: 2, arbitrary: fc.constantFrom(null, "") },
  { weight: 1, arbitrary: texte },
  { weight: 1, arbitrary: fc.boolean() },
);

/** A grid for the readers: up to 40 rows × 14 columns, rows of uneven lengths as Excel never gives but files may. */
export const grille = fc.oneof(
  { weight: 4, arbitrary: rangeArb(celluleDeTable, 40, 14) },
  { weight: 1, arbitrary: fc.array(fc.array(celluleDeTable, { maxLength: 14 }), { maxLength: 40 }) },
);

/** NaN or `undefined` anywhere in a value (objects, arrays and typed arrays walked). */
export function trouveNaNOuUndefined(value: unknown, path = "résultat", vus = new Set<unknown>()): string | undefined {
  if (value === undefined) return path;
  if (typeof value === "number") return Number.isNaN(value) ? path : undefined;
  if (typeof value !== "object" || value === null || vus.has(value)) return undefined;
  vus.add(value);
  if (ArrayBuffer.isView(value)) {
    const a = value as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i])) return `${path}[${i}]`;
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = trouveNaNOuUndefined(value[i], `${path}[${i}]`, vus);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue; // an optional field left out
    const found = trouveNaNOuUndefined(v, `${path}.${key}`, vus);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Runs `fn`, failing when one call takes more than `limiteMs` (a guard against hangs, not a speed target). */
export function chronometre<T>(fn: () => T, limiteMs = 1000): T {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  if (ms > limiteMs) throw new Error(`Appel de ${ms.toFixed(0)} ms (plus de ${limiteMs} ms)`);
  return result;
}
