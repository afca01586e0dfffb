import { gef } from "../support/cli";

describe("gef --aide", () => {
  it("présente chaque commande, la façon de donner les fichiers et les codes de sortie", async () => {
    const r = await gef("--aide");
    expect(r.code).toBe(0);
    for (const commande of ["verifier", "remplir", "consolider", "decompte", "repartitions"])
      expect(r.out).toContain(`  ${commande} `);
    expect(r.out).toContain("dossier/*.xlsx");
    expect(r.out).toContain(
      "Codes de sortie : 0 sans problème, 1 problèmes trouvés, 2 fichier ou arguments inutilisables.",
    );
  });

  it("rappelle l'aide et sort avec le code 2 quand aucune commande n'est donnée", async () => {
    const r = await gef();
    expect(r.code).toBe(2);
    expect(r.out).toContain("Usage : gef <commande> [options]");
  });

  it.each([
    [
      "verifier",
      ["--part-prioritaires <P>", "--infos", "--json", "« conforme » ou « N erreur(s), M avertissement(s) »"],
    ],
    [
      "remplir",
      [
        "-o, --sortie <f.xlsx>",
        "--ecraser",
        "--methode <M>",
        "ENTREES (défaut), DEPARTS ou MOYENNE",
        "--annees <N>",
        "--part-fonctionnaires <P>",
      ],
    ],
    [
      "consolider",
      [
        "-o, --sortie <f.xlsx>",
        "une feuille par EPCI (CAPG, CAPL, CASA, MNCA, CARF)",
        "« Problèmes »",
        "Σ volume ÷ Σ assiette",
      ],
    ],
    ["decompte", ["--debut <date>", "--fin <date>", "--feuille <nom>"]],
    ["repartitions", ["-o, --sortie <f>", "--epci <EPCI>", "--bailleur <nom>", "--autres", "--malgre-incoherences"]],
  ])("explique « gef %s » avec ses options", async (commande, attendus) => {
    for (const args of [
      [commande, "--aide"],
      [commande, "-h"],
      ["aide", commande],
    ]) {
      const r = await gef(...args);
      expect(r.code).toBe(0);
      expect(r.out.startsWith(`gef ${commande}`)).toBe(true);
      for (const a of attendus) expect(r.out).toContain(a);
    }
  });

  it("ne montre plus --flux (lecture en flux) dans aucune aide : l'option reste acceptée sans rien changer", async () => {
    for (const commande of [
      "",
      "verifier",
      "remplir",
      "consolider",
      "decompte",
      "repartitions",
      "objectifs",
      "bilan",
    ]) {
      const r = await gef(...(commande === "" ? ["--aide"] : [commande, "--aide"]));
      expect(r.code).toBe(0);
      expect(r.out).not.toContain("--flux");
    }
  });

  it("refuse l'aide d'une commande inconnue avec le code 2", async () => {
    const r = await gef("remplire", "--aide");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Commande inconnue : « remplire »");
  });

  it("répond en français, sans trace de pile, à une commande sans son fichier", async () => {
    const r = await gef("repartitions");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^gef : /);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
