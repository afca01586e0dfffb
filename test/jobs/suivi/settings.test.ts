import { checkSettings, PARTS_ETAT_PAR_DEFAUT } from "../../../src/domain";
import { PARTS_ETAT_CHECKS } from "../../../src/excel/settings";
import { DEFAULT_SUIVI_SETTINGS, readAnnee, readReglagesSuivi, readSeuil, readVolume } from "../../../src/jobs";

describe("réglages du suivi du flux, tels que saisis dans le volet ou donnés à gef", () => {
  it("lit une année sur quatre chiffres, de 1950 à 2200, et laisse vide ce qui est vide", () => {
    expect(readAnnee("2024")).toBe(2024);
    expect(readAnnee(" 1950 ")).toBe(1950);
    expect(readAnnee("")).toBeUndefined();
    for (const faux of ["24", "1949", "2201", "2024,5", "deux mille"]) expect(readAnnee(faux)).toBe("invalide");
  });

  it("lit un seuil de déséquilibre en points, virgule décimale comprise, de plus de 0 à 100", () => {
    expect(readSeuil("10")).toBe(10);
    expect(readSeuil("7,5")).toBe(7.5);
    expect(readSeuil("100")).toBe(100);
    for (const faux of ["0", "-3", "101", "dix", ""]) expect(readSeuil(faux)).toBeUndefined();
  });

  it("lit un volume annuel positif ou nul", () => {
    expect(readVolume("268")).toBe(268);
    expect(readVolume("")).toBeUndefined();
    expect(readVolume("-1")).toBe("invalide");
    expect(readVolume("beaucoup")).toBe("invalide");
  });

  it("donne les réglages du domaine, ou le message du premier champ faux", () => {
    const r = readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, periode: "S2", annee: "2024", volume: "268", bailleur: "  ERILIA " }, PARTS_ETAT_PAR_DEFAUT);
    if (typeof r === "string") throw new Error(r);
    expect(r).toMatchObject({ periode: { type: "S2", annee: 2024 }, seuil: 10, bornes: [1949, 1975, 1990, 2005, 2015], volume: 268, bailleur: "ERILIA" });
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, annee: "24" }, PARTS_ETAT_PAR_DEFAUT)).toMatch(/^Année de la période : « 24 »/);
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, seuil: "0" }, PARTS_ETAT_PAR_DEFAUT)).toMatch(/^Seuil des déséquilibres/);
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, volume: "-5" }, PARTS_ETAT_PAR_DEFAUT)).toMatch(/est négatif/);
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, volume: "abc" }, PARTS_ETAT_PAR_DEFAUT)).toMatch(/n'est pas un nombre/);
  });

  it("prend les parts de l'État des réglages du modèle, les plafonds légaux (25 % et 5 %) à défaut", () => {
    // What the Suivi du flux actions do with the template's saved settings (src/excel/settings.ts).
    const partsOfSaved = (raw: unknown) => checkSettings(raw, PARTS_ETAT_PAR_DEFAUT, PARTS_ETAT_CHECKS, "Modèle DDETS").value;
    expect(partsOfSaved(undefined)).toEqual({ partPrioritaires: 0.25, partFonctionnaires: 0.05 });
    expect(partsOfSaved({ partPrioritaires: 0.2 })).toEqual({ partPrioritaires: 0.2, partFonctionnaires: 0.05 });
    expect(partsOfSaved({ partPrioritaires: "20 %", partFonctionnaires: 0.03 })).toEqual({ partPrioritaires: 0.25, partFonctionnaires: 0.03 });
  });
});
