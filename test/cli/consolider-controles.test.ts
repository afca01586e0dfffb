import { gef, readXlsx, tempDir, modeleRows, writeXlsx } from "../support/cli";
import { ROW, filledModele, withCell } from "../support/ddets-modele";

describe("gef consolider : valeurs hors bornes, bailleur en double, textes trop longs", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  const L = (key: keyof typeof ROW): number => ROW[key] + 1;

  it("signale une assiette négative et un taux saisi « 5 » pour 5 %, dans « Problèmes » et par le code 1", async () => {
    const negative = t.file("negatif.xlsx");
    const taux = t.file("taux.xlsx");
    await writeXlsx(negative, {
      Feuil1: modeleRows(
        withCell(withCell(filledModele("valeurs"), "B4", "Bailleur négatif"), `B${L("assiette")}`, -143),
      ),
    });
    await writeXlsx(taux, {
      Feuil1: modeleRows(
        withCell(withCell(filledModele("valeurs"), "B4", "Bailleur taux"), `B${L("tauxRotation")}`, 5),
      ),
    });
    const out = t.file("conso.xlsx");
    const r = await gef("consolider", negative, taux, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Bailleur négatif, CAPG : assiette = -143");
    expect(r.out).toMatch(/Bailleur taux, CAPG : taux de rotation de 500\s%/);
    const problemes = await readXlsx(out, "Problèmes");
    const codes = problemes.map((row) => row[3]);
    expect(codes).toContain("VALEUR_NEGATIVE");
    expect(codes).toContain("TAUX_HORS_BORNES");
  });

  it("signale un bailleur donné deux fois", async () => {
    const a = t.file("azur-1.xlsx");
    const b = t.file("azur-2.xlsx");
    await writeXlsx(a, { Feuil1: modeleRows(filledModele()) });
    await writeXlsx(b, { Feuil1: modeleRows(filledModele()) });
    const r = await gef("consolider", a, b, "-o", t.file("double.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("est donné 2 fois (azur-1.xlsx, azur-2.xlsx)");
    const problemes = await readXlsx(t.file("double.xlsx"), "Problèmes");
    expect(problemes.filter((row) => row[3] === "BAILLEUR_EN_DOUBLE")).toHaveLength(2);
  });

  it("coupe à 32 767 caractères un nom trop long, et le dit", async () => {
    const long = t.file("long.xlsx");
    await writeXlsx(long, { Feuil1: modeleRows(withCell(filledModele(), "B4", "A".repeat(40_000))) });
    const out = t.file("long-conso.xlsx");
    const r = await gef("consolider", long, "-o", out);
    expect(r.code).toBe(0);
    const capg = await readXlsx(out, "CAPG");
    expect(String(capg[1]?.[0]).length).toBe(32_767);
    expect((await readXlsx(out, "Problèmes")).map((row) => row[3])).toContain("TEXTE_TRONQUE");
  });
});
