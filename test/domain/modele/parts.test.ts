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

  it.each(["", "abc", "-5", "150", "25 points"])("refuse « %s » avec un message qui dit quoi taper", (text) => {
    const r = readPartEtat(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("Tapez un pourcentage de 0 à 100");
    if (!r.ok) expect(r.error.message).toMatch(text.trim() === "" ? /^La part est vide\./ : new RegExp(`^« ${text} » n'est pas une part lisible`));
  });

  it("refuse une part au-dessus du plafond légal, sauf convention confirmée", () => {
    expect(controlePartEtat("partPrioritaires", 0.25, false)).toBeUndefined();
    expect(controlePartEtat("partPrioritaires", 0.2, false)).toBeUndefined();
    expect(controlePartEtat("partPrioritaires", 0.3, false)).toMatch(/30\s%\sdépasse le plafond légal de 25\s%/);
    expect(controlePartEtat("partFonctionnaires", 0.06, false)).toMatch(/6\s%\sdépasse le plafond légal de 5\s%/);
    expect(controlePartEtat("partFonctionnaires", 0.06, true)).toBeUndefined();
  });
});
