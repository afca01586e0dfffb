/**
 * Messages of the readers of what users type (part of the catalogue of src/domain/messages/): a
 * count, a percentage, a year, a number of years, a date, in a pane field or a `gef` option
 * (src/domain/saisie.ts). Each names the field or option, quotes what was typed and says what to type.
 */

/** What a typed-input message may quote. */
export interface SaisieParams {
  /** The field's label or the option (« Volume annuel saisi », « --volume »). */
  readonly champ?: string;
  /** What was typed, trimmed. */
  readonly valeur?: string;
  /** What to type instead (« un nombre entier de logements, 0 ou plus, comme 268 »). */
  readonly attendu?: string;
  /** What the input should be (« un nombre », « une année »). */
  readonly nature?: string;
  /** The bounds, already written (« de 1950 à 2200 »). */
  readonly bornes?: string;
}

const head = (p: SaisieParams): string => `${p.champ ?? ""} : « ${p.valeur ?? ""} »`;

/** Code → message. Adding a code here is the only way to add a typed-input message. */
export const MESSAGES_SAISIE = {
  CHAMP_VIDE: (p: SaisieParams) => `${p.champ ?? ""} : rien n'est tapé. Tapez ${p.attendu ?? ""}.`,
  CHAMP_ILLISIBLE: (p: SaisieParams) => `${head(p)} n'est pas ${p.nature ?? "lisible"}. Tapez ${p.attendu ?? ""}.`,
  CHAMP_NON_ENTIER: (p: SaisieParams) =>
    `${head(p)} n'est pas un nombre entier (GEF n'arrondit pas ce que vous tapez). Tapez ${p.attendu ?? ""}.`,
  CHAMP_POURCENTAGE_INATTENDU: (p: SaisieParams) =>
    `${head(p)} est un pourcentage, pas ${p.nature ?? "un nombre"}. Tapez ${p.attendu ?? ""}.`,
  CHAMP_HORS_BORNES: (p: SaisieParams) =>
    `${head(p)} est hors des bornes (${p.bornes ?? ""}). Tapez ${p.attendu ?? ""}.`,
  CHAMP_ANNEE_AU_LIEU_DU_NOMBRE: (p: SaisieParams) =>
    `${head(p)} est une année, pas un nombre d'années. Tapez ${p.attendu ?? ""}.`,
} as const satisfies Record<string, (p: SaisieParams) => string>;

/** Stable codes of the typed-input messages. */
export type SaisieCode = keyof typeof MESSAGES_SAISIE;

/** The French message of `code`. */
export function saisieMessage(code: SaisieCode, params: SaisieParams): string {
  const build: (p: SaisieParams) => string = MESSAGES_SAISIE[code];
  return build(params);
}
