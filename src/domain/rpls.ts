/**
 * RPLS codes and the labels bailleurs use for them: financement and typologie (docs/regles/rpls.md).
 * Files come with coded columns (`FINAN` = 13, `NBPIECE` = 3) or with labels ("PLUS", "T3", "F3").
 */
import { foldText } from "./text";

/** Financements, in the order of the ERILIA breakdowns; AUTRE gathers codes 49 and 99. */
export const FINANCEMENTS = ["PLAI", "PLUS", "PLS", "PLI", "AUTRE"] as const;
export type Financement = (typeof FINANCEMENTS)[number];

/** Typologies, by number of rooms; T6+ gathers six rooms and more. */
export const TYPOLOGIES = ["T1", "T2", "T3", "T4", "T5", "T6+"] as const;
export type Typologie = (typeof TYPOLOGIES)[number];

/** RPLS `FINAN` codes: 10, 11 PLAI; 12, 13, 50-55 PLUS; 14, 15, 17 PLS; 16 PLI; 49, 99 autre. */
const FINAN_CODES: Readonly<Record<number, Financement>> = {
  10: "PLAI",
  11: "PLAI",
  12: "PLUS",
  13: "PLUS",
  50: "PLUS",
  51: "PLUS",
  52: "PLUS",
  53: "PLUS",
  54: "PLUS",
  55: "PLUS",
  14: "PLS",
  15: "PLS",
  17: "PLS",
  16: "PLI",
  49: "AUTRE",
  99: "AUTRE",
};

/** Labels (folded) → financement. "PLA-I", "PLA I", "PLAI adapté", "PLUS CD", "PLA", "HLM/O"... */
const FINAN_LABELS: readonly (readonly [RegExp, Financement])[] = [
  [/^pla ?i\b/, "PLAI"],
  [/^plai\b/, "PLAI"],
  [/^pla integration\b/, "PLAI"],
  [/^plus\b/, "PLUS"],
  [/^pla\b/, "PLUS"],
  [/^(hlm ?o|hlmo|pllts|pcl|ilm|ilm ?28|plr|psr)\b/, "PLUS"],
  [/^pls\b/, "PLS"],
  [/^pret locatif social\b/, "PLS"],
  [/^pli\b/, "PLI"],
  [/^pret locatif intermediaire\b/, "PLI"],
  [/^pret locatif a usage social\b/, "PLUS"],
  [/^pret locatif aide d integration\b/, "PLAI"],
  [/^(autre|autres|non conventionne|libre)\b/, "AUTRE"],
];

/**
 * The financement of an RPLS code (10, "13") or a label ("PLUS", "PLA-I", "PLUS CD");
 * `undefined` when it cannot be classified.
 */
export function financementOf(value: unknown): Financement | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? FINAN_CODES[value] : undefined;
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  if (/^\d{1,2}$/.test(s)) return FINAN_CODES[Number(s)];
  const folded = foldText(s);
  for (const [pattern, financement] of FINAN_LABELS) if (pattern.test(folded)) return financement;
  return undefined;
}

/**
 * The typologie of a number of rooms (NBPIECE: 1 → T1, 6 and more → T6+) or a label
 * ("T3", "F3", "3", "T6 et +", "studio" → T1); `undefined` when it cannot be classified.
 */
export function typologieOf(value: unknown): Typologie | undefined {
  let rooms: number | undefined;
  if (typeof value === "number") rooms = value;
  else if (typeof value === "string") {
    // Folding drops "+" and punctuation: "T6 et +" → "t6 et", "4 pièces" → "4 pieces".
    const folded = foldText(value);
    if (/^(studio|chambre)$/.test(folded)) return "T1";
    const m = /^(?:t|f|type) ?(\d{1,2})(?: (?:et plus|et|plus|pieces?|p))?$|^(\d{1,2})(?: (?:pieces?|p))?$/.exec(
      folded,
    );
    rooms = m ? Number(m[1] ?? m[2]) : undefined;
  }
  if (rooms === undefined || !Number.isInteger(rooms) || rooms < 1) return undefined;
  return rooms >= 6 ? "T6+" : (`T${rooms}` as Typologie);
}
