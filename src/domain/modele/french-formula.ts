/**
 * Formulas as a French Excel shows them. GEF writes formulas through `range.formulas`, in en-US
 * syntax (`=ROUNDDOWN(B29*B30*0.25,0)`); everything shown to a user (pane, messages, `gef`) is
 * written the way French Excel displays it (`=ARRONDI.INF(B29*B30*0,25;0)`).
 *
 * Rules, applied outside string literals only (`"…"`, with `""` for a quote inside):
 * - the names of the functions GEF writes are translated (table below); others are left as typed;
 * - the argument separator `,` becomes `;`;
 * - the decimal point of a number becomes a comma (`0.25` → `0,25`); a dot inside a name
 *   (`ARRONDI.INF`, `GEF.ASSIETTE`) or a sheet reference is left alone.
 * A formula already in French syntax (one with a « ; » outside its strings) is returned unchanged.
 * @see docs/architecture.md « Ce que l'API Excel impose » (range.formulas takes en-US syntax; formulasLocal the user's)
 */

/** en-US → fr-FR names of the functions GEF writes (and a few that users combine with them). */
export const FONCTIONS_FR: Readonly<Record<string, string>> = {
  SUM: "SOMME",
  ROUNDDOWN: "ARRONDI.INF",
  ROUNDUP: "ARRONDI.SUP",
  ROUND: "ARRONDI",
  IF: "SI",
  IFERROR: "SIERREUR",
  AND: "ET",
  OR: "OU",
  MIN: "MIN",
  MAX: "MAX",
  COUNT: "NB",
  COUNTA: "NBVAL",
  COUNTIF: "NB.SI",
  SUMIF: "SOMME.SI",
  AVERAGE: "MOYENNE",
  TRUE: "VRAI",
  FALSE: "FAUX",
};

const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;
const NUMBER = /^\d+\.\d+(?:[eE][+-]?\d+)?/;

/** The same formula as a French Excel shows it (see the module's rules). Non-formulas are returned as given. */
export function frenchFormula(formula: string): string {
  if (!formula.startsWith("=") || formula.replace(/"(?:[^"]|"")*"/g, "").includes(";")) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      // A string literal, copied as is up to its closing quote ("" is a quote inside).
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === '"') {
          if (formula.charAt(j + 1) === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name ('Calcul assiette'!B3).
      const end = formula.indexOf("'", i + 1);
      const j = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const rest = formula.slice(i);
    const prev = out.charAt(out.length - 1);
    const startsToken = !/[A-Za-z0-9_.$]/.test(prev);
    const num = startsToken ? NUMBER.exec(rest) : null;
    if (num) {
      out += num[0].replace(".", ",");
      i += num[0].length;
      continue;
    }
    const name = startsToken ? NAME.exec(rest) : null;
    if (name) {
      const word = name[0];
      const call = formula.charAt(i + word.length) === "(";
      const upper = word.toUpperCase();
      const isBool = upper === "TRUE" || upper === "FALSE";
      out += (call || isBool) && FONCTIONS_FR[upper] !== undefined ? FONCTIONS_FR[upper] : word;
      i += word.length;
      continue;
    }
    out += ch === "," ? ";" : ch;
    i++;
  }
  return out;
}
