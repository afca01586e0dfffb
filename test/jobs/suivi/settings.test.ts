import { checkSettings, DEFAULT_PARTS_ETAT, type Saisie } from "../../../src/domain";
import { PARTS_ETAT_CHECKS } from "../../../src/excel/settings";
import { DEFAULT_SUIVI_SETTINGS, readAnnee, readReglagesSuivi, readSeuil, readVolume } from "../../../src/jobs";

describe("réglages du suivi du flux, tels que saisis dans le volet ou donnés à gef", () => {
  // The readers of src/domain/saisie.ts, named after the pane's fields (the same as gef's options).
  const value = <T>(r: Saisie<T>): T | string => (r.ok ? r.value : r.error.message);

  it("lit une année sur quatre chiffres, de 1950 à 2200, et laisse vide ce qui est vide", () => {
    expect(value(readAnnee("2024"))).toBe(2024);
    expect(value(readAnnee(" 1950 "))).toBe(1950);
    expect(value(readAnnee(""))).toBeUndefined();
    for (const faux of ["24", "1949", "2201", "20245", "99"])
      expect(value(readAnnee(faux))).toMatch(/^Année de la période : « .* » est hors des bornes \(de 1950 à 2200\)/);
    for (const faux of ["2024,5", "deux mille"]) expect(value(readAnnee(faux))).toMatch(/n'est pas une année/);
  });

  it("lit un seuil de déséquilibre en points, avec ou sans « % », de plus de 0 à 100", () => {
    expect(value(readSeuil("10"))).toBe(10);
    expect(value(readSeuil("7,5"))).toBe(7.5);
    expect(value(readSeuil("10 %"))).toBe(10);
    expect(value(readSeuil("100"))).toBe(100);
    // « 150 % » was read as 1,5 points while « 150 » was refused: both are out of bounds now.
    for (const faux of ["0", "-3", "101", "150", "150 %"])
      expect(value(readSeuil(faux))).toMatch(/^Seuil des déséquilibres : « .* » est hors des bornes/);
    for (const faux of ["dix", ""]) expect(value(readSeuil(faux))).toMatch(/^Seuil des déséquilibres : /);
  });

  it("lit un volume annuel entier, positif ou nul, jamais arrondi", () => {
    expect(value(readVolume("268"))).toBe(268);
    expect(value(readVolume(""))).toBeUndefined();
    expect(value(readVolume("-1"))).toMatch(/« -1 » est hors des bornes \(0 ou plus\)/);
    expect(value(readVolume("beaucoup"))).toMatch(/« beaucoup » n'est pas un nombre de logements/);
    expect(value(readVolume("12,5"))).toMatch(/^Volume annuel saisi : « 12,5 » n'est pas un nombre entier/);
    expect(value(readVolume("150 %"))).toMatch(/^Volume annuel saisi : « 150 % » est un pourcentage/);
  });

  it("donne les réglages du domaine, ou le message du premier champ faux", () => {
    const r = readReglagesSuivi(
      { ...DEFAULT_SUIVI_SETTINGS, periode: "S2", annee: "2024", volume: "268", bailleur: "  ERILIA " },
      DEFAULT_PARTS_ETAT,
    );
    if (typeof r === "string") throw new Error(r);
    expect(r).toMatchObject({
      periode: { type: "S2", annee: 2024 },
      seuil: 10,
      bornes: [1949, 1975, 1990, 2005, 2015],
      volume: 268,
      bailleur: "ERILIA",
    });
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, annee: "24" }, DEFAULT_PARTS_ETAT)).toMatch(
      /^Année de la période : « 24 »/,
    );
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, seuil: "0" }, DEFAULT_PARTS_ETAT)).toMatch(
      /^Seuil des déséquilibres/,
    );
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, volume: "-5" }, DEFAULT_PARTS_ETAT)).toMatch(
      /^Volume annuel saisi : « -5 » est hors des bornes/,
    );
    expect(readReglagesSuivi({ ...DEFAULT_SUIVI_SETTINGS, volume: "abc" }, DEFAULT_PARTS_ETAT)).toMatch(
      /n'est pas un nombre/,
    );
    expect(
      readReglagesSuivi(
        { ...DEFAULT_SUIVI_SETTINGS, periode: "DATES", debut: "abc", fin: "31/12/2024" },
        DEFAULT_PARTS_ETAT,
      ),
    ).toMatch(/^Du : « abc » n'est pas une date/);
    // Between two dates, the year field is not used: a wrong year left in it does not refuse the period.
    expect(
      readReglagesSuivi(
        { ...DEFAULT_SUIVI_SETTINGS, periode: "DATES", annee: "20245", debut: "01/01/2024", fin: "31/12/2024" },
        DEFAULT_PARTS_ETAT,
      ),
    ).toMatchObject({ periode: { type: "DATES" } });
  });

  it("prend les parts de l'État des réglages du modèle, les plafonds légaux (25 % et 5 %) à défaut", () => {
    // What the Suivi du flux actions do with the template's saved settings (src/excel/settings.ts).
    const partsOfSaved = (raw: unknown) =>
      checkSettings(raw, DEFAULT_PARTS_ETAT, PARTS_ETAT_CHECKS, "Modèle DDETS").value;
    expect(partsOfSaved(undefined)).toEqual({ partPrioritaires: 0.25, partFonctionnaires: 0.05 });
    expect(partsOfSaved({ partPrioritaires: 0.2 })).toEqual({ partPrioritaires: 0.2, partFonctionnaires: 0.05 });
    expect(partsOfSaved({ partPrioritaires: "20 %", partFonctionnaires: 0.03 })).toEqual({
      partPrioritaires: 0.25,
      partFonctionnaires: 0.03,
    });
  });
});
