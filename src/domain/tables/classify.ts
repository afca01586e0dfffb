/**
 * What one cell of a dwelling table means, value by value: flags (PMR, PLAI adapté), the RPLS
 * construction type, a commune, an EPCI, a total line. Called once per distinct value of a column
 * (see columns.ts), so they may fold text and use regular expressions.
 */
import { normaliseCommuneCode, normaliseSiren } from "../epci/codes";
import { findEpci } from "../epci/find";
import { communeIndex, communesByName, type Commune } from "../epci/table";
import { foldText } from "../text";

const YES = new Set(["1", "oui", "o", "x", "vrai", "true", "yes", "y", "pmr", "adapte", "plai adapte"]);
const NO = new Set(["0", "non", "n", "faux", "false", "no", "aucun", "sans"]);

/**
 * A yes/no cell: 1, OUI, X, VRAI → 1; 0, NON, FAUX → 0; blank → 0 (the cell says nothing);
 * anything else → `undefined` (reported, then counted as no).
 */
export function readFlag(value: unknown): 0 | 1 | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value === 1 ? 1 : value === 0 ? 0 : undefined;
  if (typeof value !== "string") return undefined;
  const f = foldText(value);
  if (f === "") return 0;
  return YES.has(f) ? 1 : NO.has(f) ? 0 : undefined;
}

/**
 * RPLS `TYPECONST`: E (étudiant) → 1; C (collectif), I (individuel) → 0; labels as well
 * (« Logement étudiant », « Collectif »); anything else → `undefined`.
 */
export function readEtudiant(value: unknown): 0 | 1 | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value !== "string") return undefined;
  const f = foldText(value);
  if (f === "") return 0;
  if (f === "e" || /(^| )etudiant/.test(f)) return 1;
  if (f === "c" || f === "i" || /(^| )(collectif|individuel)/.test(f)) return 0;
  return undefined;
}

/** True for a label of a PLAI adapté (« PLAI adapté », « PLA-I adapté », « PLAI-A »). */
export function isPlaiAdapteLabel(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const f = foldText(value);
  return /^pla ?i\b/.test(f) && (f.includes("adapt") || f === "plai a" || f === "pla i a");
}

/** The text of a total line (« Total », « TOTAL GÉNÉRAL », « Sous-total CASA »), else `undefined`. */
export function totalLabel(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const f = foldText(value);
  return /^(sous )?(total|totaux)\b|^ensemble$/.test(f) ? value.trim() : undefined;
}

/** What a commune cell designates. */
export type CommuneValue =
  /** An INSEE code; `known` when the découpage has it (current or former code). */
  | { readonly kind: "code"; readonly code: string; readonly known: boolean }
  /** A name of exactly one commune. */
  | { readonly kind: "nom"; readonly code: string }
  /** A name shared by several communes. */
  | { readonly kind: "ambigu"; readonly candidates: readonly Commune[] }
  | { readonly kind: "inconnu" };

/** Reads a commune cell: a code (6088, "06088", "2A004") or a name (« Nice », « ST LAURENT DU VAR »). */
export function readCommune(value: unknown): CommuneValue {
  const code = normaliseCommuneCode(value);
  if (code !== undefined) return { kind: "code", code, known: communeIndex(code) >= 0 };
  if (typeof value !== "string") return { kind: "inconnu" };
  const found = communesByName(value);
  const first = found[0];
  if (first === undefined) return { kind: "inconnu" };
  return found.length === 1 ? { kind: "nom", code: first.code } : { kind: "ambigu", candidates: found };
}

/**
 * Reads an EPCI cell: a SIREN known to the découpage, or an acronym or name (see findEpci);
 * `undefined` when it designates no known EPCI.
 */
export function readEpci(value: unknown): string | undefined {
  const siren = normaliseSiren(value);
  if (siren !== undefined) return findEpci(siren)?.siren;
  if (typeof value !== "string") return undefined;
  return findEpci(value)?.siren;
}
