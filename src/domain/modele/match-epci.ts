/**
 * Recognising the EPCI columns in the header row of the « Calcul de l'assiette » block.
 *
 * A header cell names an EPCI by its SIREN (9 digits, spaces allowed), its acronym (« CAPG », also
 * inside « CA du Pays de Grasse (CAPG) ») or its name: the cell's distinctive words (generic ones
 * such as « CA », « communauté », « agglomération » set aside) all belong to one EPCI's name, or the
 * EPCI's distinctive words all appear in the cell. The EPCI list is a parameter, so a template of
 * another département works when given its EPCI.
 */
import { isBlank } from "../cells";
import type { EpciRef } from "../epci/types";
import { foldText } from "../text";
import { labelTokens } from "./match";

/** What a header cell holds. */
export type HeaderCell =
  | { readonly kind: "epci"; readonly epci: EpciRef }
  /** A column GEF knows and leaves alone (« Total », « Commentaires »). */
  | { readonly kind: "autre"; readonly text: string }
  | { readonly kind: "inconnu"; readonly text: string };

const GENERIC = new Set([
  "ca",
  "cc",
  "cu",
  "communaute",
  "agglomeration",
  "commune",
  "metropole",
  "pays",
  "epci",
  "grand",
  "urbaine",
  "territoriale",
  "intercommunalite",
]);

const KNOWN_EXTRA = ["total", "totaux", "ensemble", "commentaire", "observation", "remarque", "note", "departement"];

const distinctive = (text: string): string[] => labelTokens(text).filter((t) => !GENERIC.has(t));

interface PreparedEpci {
  readonly epci: EpciRef;
  readonly sigle: string;
  readonly words: ReadonlySet<string>;
}

/** Prepares an EPCI list once for many header cells. */
export function prepareEpci(epci: readonly EpciRef[]): readonly PreparedEpci[] {
  return epci.map((e) => ({ epci: e, sigle: foldText(e.sigle ?? ""), words: new Set(distinctive(e.nom)) }));
}

/** Classifies one header cell; `undefined` for a blank cell. */
export function classifyHeaderCell(value: unknown, list: readonly PreparedEpci[]): HeaderCell | undefined {
  if (isBlank(value)) return undefined;
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : String(value);
  const digits = text.replace(/[\s\u00a0\u202f]/g, "").match(/(?<!\d)\d{9}(?!\d)/);
  if (digits) {
    const bySiren = list.find((p) => p.epci.siren === digits[0]);
    if (bySiren) return { kind: "epci", epci: bySiren.epci };
  }
  const folded = foldText(text);
  const tokens = folded.split(" ");
  const bySigle = list.find((p) => p.sigle !== "" && tokens.includes(p.sigle));
  if (bySigle) return { kind: "epci", epci: bySigle.epci };
  const words = distinctive(text);
  // The exact name first (« CC Provence Verdon », not « CC Alpes Provence Verdon »).
  const exact =
    words.length > 0
      ? list.filter((p) => p.words.size === new Set(words).size && words.every((w) => p.words.has(w)))
      : [];
  if (exact.length === 1 && exact[0]) return { kind: "epci", epci: exact[0].epci };
  if (words.length > 0) {
    let best: PreparedEpci | undefined;
    let bestShared = 0;
    let tie = false;
    for (const p of list) {
      const shared = words.filter((w) => p.words.has(w)).length;
      const cellInName = shared === words.length;
      const nameInCell = p.words.size > 0 && shared === p.words.size;
      if (!cellInName && !nameInCell) continue;
      if (shared > bestShared) {
        best = p;
        bestShared = shared;
        tie = false;
      } else if (shared === bestShared) {
        tie = true;
      }
    }
    if (best && !tie) return { kind: "epci", epci: best.epci };
  }
  if (KNOWN_EXTRA.some((w) => tokens.includes(w) || tokens.includes(`${w}s`))) return { kind: "autre", text };
  return { kind: "inconnu", text };
}
