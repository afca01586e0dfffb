/**
 * No user-facing sentence is written outside the catalogue (src/domain/messages/): this test reads
 * the sources and looks for French sentences in string literals. Sheet contents that GEF writes
 * (titles, legends, notes of the sheets it creates) are not messages and are listed apart; the
 * command line's commands still hold inline text, counted so that it can only shrink.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "../../..");

/** Files of a folder, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const LITERAL = /(["`])((?:(?!\1).){15,400}?)\1/g;
const FRENCH_WORD =
  /(?<![\p{L}])(?:est|sont|n'est|pas|aucun|aucune|tapez|vérifiez|introuvable|illisible|ligne|cellule|le|la|les|des|une?)(?![\p{L}])/giu;

/** French sentences in string literals of a file (comments aside): a capital or « first, two French words, a sentence's punctuation. */
function frenchSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t.startsWith("*") || t.startsWith("//") || t.startsWith("/*")) continue;
    for (const m of line.matchAll(LITERAL)) {
      const s = m[2] ?? "";
      if (!s.includes(" ") || !/^[\p{Lu}«$]/u.test(s)) continue;
      if ((s.match(FRENCH_WORD) ?? []).length >= 2 && /[.:?]\s*$|\. | : /.test(s)) out.push(s);
    }
  }
  return out;
}

/** Texts GEF writes into the sheets it creates (legends, notes): contents, not messages. */
const SHEET_CONTENTS = [
  "src/domain/repartition/categories.ts",
  "src/jobs/suivi/sheet-annuel.ts",
  "src/jobs/suivi/sheet-bilan.ts",
  "src/jobs/suivi/sheet-objectifs.ts",
  "src/jobs/repartition/repartition-layout.ts",
  "src/jobs/programme/sheet-programme.ts",
  // The fiche navette, its e-mail draft and the bilan's délais block: what GEF writes for the user, not messages.
  "src/jobs/vacances/fiche.ts",
  "src/jobs/vacances/courriel.ts",
  "src/jobs/vacances/delais-bilan.ts",
  "src/jobs/consolidation/sheet-bilans-recus.ts",
  "src/jobs/programme/droits-vierge.ts",
  // The help page's text of each function (src/help/help.html is generated from it): documentation, not messages.
  "src/functions/help/assiette.ts",
  "src/functions/help/taux-rotation.ts",
  "src/functions/help/flux-reservataire.ts",
  "src/functions/help/decompte.ts",
  "src/functions/help/taux-chute.ts",
  "src/functions/help/prochain-reservataire.ts",
  "src/functions/help/function-help.ts",
];

/** Inline sentences left in the command line's commands and its file-format engine, per file: the count may only go down. */
const CLI_LEFT: Readonly<Record<string, number>> = {
  "src/cli/commands/consolider.ts": 3,
  "src/cli/commands/objectifs.ts": 1,
  "src/cli/commands/remplir.ts": 3,
  "src/cli/commands/repartitions.ts": 3,
  "src/xlsx/csv.ts": 1,
  "src/cli/main.ts": 1,
  "src/cli/modele-file.ts": 2,
  "src/xlsx/xlsx-read.ts": 1,
  "src/xlsx/xml-bytes.ts": 1,
  "src/xlsx/zip.ts": 2,
};

const rel = (p: string): string => relative(ROOT, p).split("\\").join("/");

describe("aucun message écrit hors du catalogue", () => {
  it("reconnaît une phrase française dans une chaîne, pas dans un commentaire", () => {
    expect(frenchSentences(`const m = "La cellule est vide : tapez un nombre.";`)).toEqual([
      "La cellule est vide : tapez un nombre.",
    ]);
    expect(frenchSentences(`// "La cellule est vide : tapez un nombre."`)).toEqual([]);
    expect(frenchSentences(`const k = "MOTIF_INVALIDE";`)).toEqual([]);
  });

  it("dans le domaine, les travaux et les fonctions, tout message vient de src/domain/messages/", () => {
    const found = [
      ...files(join(ROOT, "src/domain")),
      ...files(join(ROOT, "src/jobs")),
      ...files(join(ROOT, "src/functions")),
    ]
      .map(rel)
      .filter(
        (p) => !p.startsWith("src/domain/messages/") && !p.endsWith(".generated.ts") && !SHEET_CONTENTS.includes(p),
      )
      .flatMap((p) => frenchSentences(readFileSync(join(ROOT, p), "utf8")).map((s) => `${p} : ${s}`));
    expect(found).toEqual([]);
  });

  it("dans le volet, les erreurs communes (useAction, useSettings) viennent du catalogue", () => {
    for (const p of [
      "src/taskpane/common/useAction.ts",
      "src/taskpane/common/useSettings.ts",
      "src/cli/errors.ts",
      "src/xlsx/errors.ts",
    ]) {
      expect(frenchSentences(readFileSync(join(ROOT, p), "utf8"))).toEqual([]);
    }
  });

  it("dans la ligne de commande et le moteur de fichiers, le texte resté dans les commandes ne fait que diminuer", () => {
    const counts = Object.fromEntries(
      [...files(join(ROOT, "src/cli")), ...files(join(ROOT, "src/xlsx"))]
        .map((p) => [rel(p), frenchSentences(readFileSync(p, "utf8")).length] as const)
        .filter(([, n]) => n > 0),
    );
    for (const [p, n] of Object.entries(counts))
      expect({ p, trop: n > (CLI_LEFT[p] ?? 0) }).toEqual({ p, trop: false });
  });
});
