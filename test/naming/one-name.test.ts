/**
 * README « Nommage », « Valeurs par défaut et étiquettes »: one scheme for defaults (`DEFAULT_…`), one
 * language for internal tags (French), checked over src/ so an old spelling does not come back.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { MODELE_ROWS } from "../../src/domain";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(e.name) && !e.name.includes(".generated.") ? [rel] : [];
  });
}

describe("nommage : un seul nom pour une chose", () => {
  const files = sources("src").map((f) => ({ f, text: readFileSync(path.join(root, f), "utf8") }));

  it("nomme les valeurs par défaut DEFAULT_…, jamais …_PAR_DEFAUT ni …_DEFAUT", () => {
    const found = files.flatMap(({ f, text }) =>
      [...text.matchAll(/\b[A-Z][A-Z0-9_]*_(?:PAR_)?DEFAUT\b/g)].map((m) => `${f}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it("ne donne pas un second nom à une valeur par défaut (const DEFAULT_A = DEFAULT_B)", () => {
    const found = files.flatMap(({ f, text }) =>
      [...text.matchAll(/const (DEFAULT_\w+)(?:: \w+)? = (DEFAULT_\w+);/g)].map((m) => `${f}: ${m[1]} = ${m[2]}`),
    );
    expect(found).toEqual([]);
  });

  it("donne en français les sortes et rôles des lignes du modèle", () => {
    expect([...new Set(MODELE_ROWS.map((r) => r.kind))].sort()).toEqual(["nombre", "rien", "taux", "texte"]);
    expect([...new Set(MODELE_ROWS.map((r) => r.role))].sort()).toEqual([
      "calcul",
      "entete",
      "saisie",
      "separateur",
      "texte",
    ]);
  });
});
