import { gef, tempDir, writeXlsx } from "../support/cli";
import { makeLogementGrid } from "../../sandbox/logement-grid";

describe("commandes mal tapées et tableaux texte", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it.each([
    ["verifie", "verifier"],
    ["vérifier", "verifier"],
    ["consolide", "consolider"],
    ["decomte", "decompte"],
    ["verif", "verifier"],
  ])("répond à « %s » : Vouliez-vous dire « %s » ?", async (typed, known) => {
    const r = await gef(typed, "x.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Vouliez-vous dire « ${known} » ?`);
  });

  it("ne propose rien pour un mot sans rapport", async () => {
    const r = await gef("xyz");
    expect(r.err).toContain("Commande inconnue : « xyz »");
    expect(r.err).not.toContain("Vouliez-vous dire");
  });

  it("imprime les répartitions sans en-tête « % » doublé ni case « / / » vide", async () => {
    const file = t.file("parc.xlsx");
    await writeXlsx(file, { Logements: makeLogementGrid(300, { seed: 11, scheme: "ancien" }) });
    const r = await gef("repartitions", file, "--epci", "CASA", "--autres");
    expect(r.out).not.toMatch(/%\s+%/);
    expect(r.out).not.toMatch(/\/\s*\//);
    expect(r.out).not.toMatch(/ \/ /);
    expect(r.out).toMatch(/Catégorie\s+PLAI\s+PLUS\s+PLS\s+% PLAI\s+% PLUS\s+% PLS/);
  });
});
