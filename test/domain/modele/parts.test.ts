import { controlePartEtat, readPartEtat } from "../../../src/domain/modele";

describe("parts de l'État : une seule lecture pour le volet et gef", () => {
  it.each([
    ["25", 0.25],
    ["25 %", 0.25],
    ["12,5", 0.125],
    ["12.5 %", 0.125],
    ["1", 0.01],
    ["0,25", 0.0025],
    ["0", 0],
    ["100", 1],
  ])("lit « %s » comme %d", (text, expected) => {
    expect(readPartEtat(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "abc", "25 points"])("refuse « %s » en nommant le champ et en disant quoi taper", (text) => {
    const r = readPartEtat(text, "Part de l'État pour ses agents");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("Tapez un pourcentage de 0 à 100 %, en points");
    if (!r.ok)
      expect(r.error.message).toMatch(
        text.trim() === ""
          ? /^Part de l'État pour ses agents : rien n'est tapé\./
          : new RegExp(`^Part de l'État pour ses agents : « ${text} » n'est pas un pourcentage`),
      );
  });

  // Issue 24: « 150 % » got « n'est pas une part lisible »; it is a percentage, out of bounds, like « 150 ».
  it.each(["150", "150 %", "-5"])("dit que « %s » est hors des bornes de 0 à 100 %%", (text) => {
    const r = readPartEtat(text, "--part-prioritaires");
    expect(r.ok ? "accepté" : r.error.message).toMatch(
      new RegExp(`^--part-prioritaires : « ${text} » est hors des bornes \\(de 0 à 100 %\\)`),
    );
  });

  it("refuse une part au-dessus du plafond légal, sauf convention confirmée", () => {
    expect(controlePartEtat("partPrioritaires", 0.25, false)).toBeUndefined();
    expect(controlePartEtat("partPrioritaires", 0.2, false)).toBeUndefined();
    expect(controlePartEtat("partPrioritaires", 0.3, false)).toMatch(/30\s%\sdépasse le plafond légal de 25\s%/);
    expect(controlePartEtat("partFonctionnaires", 0.06, false)).toMatch(/6\s%\sdépasse le plafond légal de 5\s%/);
    expect(controlePartEtat("partFonctionnaires", 0.06, true)).toBeUndefined();
  });
});
