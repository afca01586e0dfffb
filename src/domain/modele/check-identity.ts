/**
 * Findings about the identity lines: OUI/NON answers and the mail's syntax; blank answers.
 *
 * Choices (docs/choix.md « Modèle DDETS : gravités et ordre des constats »): OUI and NON are accepted in any case,
 * with accents, spaces or a final dot ignored (« oui », « Non. »); anything else is an erreur. A blank answer is an
 * avertissement (the DDETS needs it), except in a template where nothing has been typed yet (one info says so, see
 * check.ts). Several mail addresses may be given, separated by « ; », « , » or spaces.
 * @see docs/regles/modele-ddets.md (« OUI/NON answers and mail syntax »)
 */
import { isBlank, type Grid } from "../cells";
import { displayValue, foldText } from "../text";
import { cellAddress } from "./a1";
import { diagnostic, type ModeleDiagnostic } from "../messages/modele";
import { IDENTITY_ROWS, type IdentitySpec } from "./identity";
import type { AnswerKind } from "./keys";
import type { ModeleLayout } from "./locate";
import { inlineAnswer } from "./match";

/** How far right of its label an answer is looked for. */
const ANSWER_COLUMNS = 10;

const MAIL = /^[^\s@;,<>()]+@[^\s@;,<>()]+\.[A-Za-z]{2,}$/;

/** Where an identity line is answered: after the label's colon, or in the first non-blank cell right of it. */
export function identityAnswer(values: Grid, layout: ModeleLayout, row: number): { value: unknown; cell: string } {
  const col = layout.labelColumn;
  const label = values[row]?.[col];
  const inline = typeof label === "string" ? inlineAnswer(label) : "";
  if (inline !== "") return { value: inline, cell: cellAddress(row, col) };
  const cells = values[row] ?? [];
  const end = Math.min(cells.length, col + 1 + ANSWER_COLUMNS);
  for (let c = col + 1; c < end; c++) if (!isBlank(cells[c])) return { value: cells[c], cell: cellAddress(row, c) };
  return { value: undefined, cell: cellAddress(row, col + 1) };
}

const ASKED: Readonly<Record<AnswerKind, string>> = {
  aucune: "",
  texte: "Complétez cette ligne",
  telephone: "Indiquez le numéro de téléphone du correspondant",
  mail: "Indiquez l'adresse mail du correspondant",
  "oui-non": "Répondez OUI ou NON",
};

function checkAnswer(spec: IdentitySpec, value: unknown, cell: string, vierge: boolean): ModeleDiagnostic | undefined {
  const base = { cellule: cell, ligne: spec.nom };
  if (isBlank(value)) return vierge ? undefined : diagnostic("REPONSE_VIDE", { ...base, attendu: ASKED[spec.answer] });
  const shown = displayValue(value).trim();
  if (spec.answer === "oui-non") {
    const folded = typeof value === "string" ? foldText(value) : "";
    return folded === "oui" || folded === "non"
      ? undefined
      : diagnostic("OUI_NON_INVALIDE", { ...base, valeur: shown });
  }
  if (spec.answer === "mail") {
    const addresses = shown.split(/[;,\s]+/).filter((a) => a !== "");
    return addresses.every((a) => MAIL.test(a)) ? undefined : diagnostic("MAIL_INVALIDE", { ...base, valeur: shown });
  }
  return undefined;
}

/** Findings about the identity lines found. */
export function identityDiagnostics(values: Grid, layout: ModeleLayout, vierge: boolean): ModeleDiagnostic[] {
  const out: ModeleDiagnostic[] = [];
  for (const spec of IDENTITY_ROWS) {
    const row = layout.identite[spec.key];
    if (row === undefined || spec.answer === "aucune") continue;
    const answer = identityAnswer(values, layout, row);
    const d = checkAnswer(spec, answer.value, answer.cell, vierge);
    if (d) out.push(d);
  }
  return out;
}
