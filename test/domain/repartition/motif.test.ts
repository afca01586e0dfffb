import { compileMotif, errorMotif } from "../../../src/domain/repartition/motif";
import { foldText } from "../../../src/domain/text";

/** Tests a motif against a label the way the rules do (label folded first). */
function correspond(motif: string, libelle: string): boolean {
  const c = compileMotif(motif);
  if (!c.ok) throw new Error(c.error.message);
  return c.value.teste(foldText(libelle));
}

/** Milliseconds taken by `fn`. */
function duree(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe("Motifs des règles de catégories", () => {
  it.each<[string, string, boolean]>([
    ["ETAT", "AGENTS DE L'ÉTAT", true],
    ["ETAT", "ÉTATS-UNIS", false],
    ["ETAT", "PRÉFETAT", false],
    ["VILLE DE", "VILLE DE NICE", true],
    ["FONCTIONNAIRE*", "FONCTIONNAIRES", true],
    ["FONCTIONNAIRE*", "FONCTIONNAIRE", true],
    ["MINIST*", "MINISTÈRE DE LA DÉFENSE", true],
    ["MINIST*", "ADMINISTRATION", false],
    ["VILLE * NICE", "VILLE DE NICE", true],
    ["VILLE * NICE", "VILLE NICE", false],
    ["=ETAT", "État", true],
    ["=ETAT", "Agents de l'État", false],
    ["=VILLE *", "Ville de", true],
    ["*TION LOG*", "ACTION LOGEMENT SERVICES", true],
    ["A*B*C", "AXXBYYC", true],
    ["A*B*C", "AXXBYY", false],
  ])("« %s » contre « %s » : %s (syntaxe de l'aide)", (motif, libelle, attendu) => {
    expect(correspond(motif, libelle)).toBe(attendu);
  });

  it("reconnaît en temps linéaire « a* » × 24 puis « z » contre 40 « a » (ReDoS observé : plus de 120 s)", () => {
    const motif = `${"a*".repeat(24)}z`;
    let vu = true;
    expect(duree(() => (vu = correspond(motif, "a".repeat(40))))).toBeLessThan(1000);
    expect(vu).toBe(false);
  });

  it("reste borné sur un motif de 200 caractères contre un libellé de 32 767 caractères", () => {
    const motif = `${"a* ".repeat(66)}z`.slice(0, 200);
    const libelle = "a ".repeat(16_383);
    let vu = true;
    expect(duree(() => (vu = correspond(motif, libelle)))).toBeLessThan(1000);
    expect(vu).toBe(false);
  });

  it.each<[string]>([[""], ["   "], ["***"], ["x".repeat(201)]])(
    "refuse « %s » par une erreur renvoyée, sans exception",
    (motif) => {
      const c = compileMotif(motif);
      expect(c.ok).toBe(false);
      if (!c.ok) {
        expect(c.error.message).toBe(errorMotif(motif));
        expect(c.error.message).toMatch(/motif/);
      }
    },
  );
});
