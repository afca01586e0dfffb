import { normaliseCommuneCode, normaliseDepartement, normaliseSiren } from "../../../src/domain/epci/codes";
import { findEpci } from "../../../src/domain/epci/find";
import { EPCI_HORS_MODELE_06, EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import { assignSigles, deriveSigle } from "../../../src/domain/epci/sigles";
import {
  allEpci,
  communeByCode,
  communeByName,
  communesByName,
  epciBySiren,
  epciOfCommune,
} from "../../../src/domain/epci/table";

describe("commune → EPCI", () => {
  it.each([
    ["06088", "Nice", "MNCA"],
    ["06004", "Antibes", "CASA"],
    ["06029", "Cannes", "CAPL"],
    ["06069", "Grasse", "CAPG"],
    ["06083", "Menton", "CARF"],
    ["06099", "Puget-Théniers", "CCAA"],
    ["06048", "Contes", "CCPP"],
  ])("%s (%s) appartient à %s", (code, nom, sigle) => {
    expect(communeByCode(code)?.nom).toBe(nom);
    expect(epciOfCommune(code)?.sigle).toBe(sigle);
  });

  it("rattache une commune de la CC Alpes d'Azur à 200039931", () => {
    expect(epciOfCommune("06094")?.siren).toBe("200039931");
  });

  it.each([
    ["6088", "06088", "un code lu comme nombre par Excel (zéro initial perdu)"],
    ["13201", "13055", "un arrondissement municipal de Marseille"],
    ["75101", "75056", "un arrondissement de Paris"],
    ["69381", "69123", "un arrondissement de Lyon"],
    ["01039", "01138", "une commune déléguée"],
    ["01126", "01033", "l'ancien code d'une commune fusionnée"],
    ["2a004", "2A004", "un code corse en minuscules"],
  ])("lit %s comme %s : %s", (code, current) => {
    expect(communeByCode(code)?.code).toBe(current);
    expect(epciOfCommune(code)).toBeDefined();
  });

  it("lit un code donné comme nombre", () => {
    expect(communeByCode(6088)?.nom).toBe("Nice");
  });

  it.each(["06999", "99999", "Nice", "", "123"])("ne connaît pas le code %p", (code) => {
    expect(epciOfCommune(code)).toBeUndefined();
  });

  it("laisse sans EPCI les îles mono-communales", () => {
    expect(communeByCode("29155")?.nom).toBe("Ouessant");
    expect(epciOfCommune("29155")).toBeUndefined();
  });
});

describe("commune par son nom", () => {
  it.each([
    ["Nice", "06088"],
    ["NICE", "06088"],
    ["ST LAURENT DU VAR", "06123"],
    ["Saint Laurent du Var", "06123"],
    ["Cannet (Le)", "06030"],
    ["LE CANNET", "06030"],
    ["Escarène (L')", "06057"],
    ["Cherbourg-Octeville", "50129"],
    ["Marseille 1er Arrondissement", "13055"],
  ])("trouve %p : %s", (nom, code) => {
    expect(communeByName(nom)?.code).toBe(code);
  });

  it("refuse un nom ambigu sans département, le résout avec", () => {
    expect(communesByName("Saint-Martin").length).toBeGreaterThan(1);
    expect(communeByName("Saint-Martin")).toBeUndefined();
    expect(communeByName("Saint-Martin", "65")?.code).toBe("65392");
    expect(communeByName("Beaulieu", "15")?.code).toBe("15020");
  });

  it.each([["06"], ["6"]])("lit le département %p", (dep) => {
    expect(communeByName("Beaulieu-sur-Mer", dep)?.code).toBe("06011");
  });

  it("ne connaît pas un nom inventé", () => {
    expect(communeByName("Nizza")).toBeUndefined();
  });
});

describe("EPCI", () => {
  it("trouve un EPCI par son SIREN, nombre ou texte", () => {
    expect(epciBySiren("240600585")?.nom).toBe("CA de Sophia Antipolis");
    expect(epciBySiren(240600585)?.sigle).toBe("CASA");
    expect(epciBySiren("240 600 585")?.sigle).toBe("CASA");
    expect(epciBySiren("123456789")).toBeUndefined();
  });

  it("connaît tous les EPCI de France, triés par SIREN", () => {
    const all = allEpci();
    expect(all.length).toBeGreaterThan(1200);
    expect(all.every((e, i) => i === 0 || (all[i - 1]?.siren ?? "") < e.siren)).toBe(true);
  });

  it.each([
    ["CASA", "240600585"],
    ["casa", "240600585"],
    [" MNCA ", "200030195"],
    ["CAPL", "200039915"],
    ["200039857", "200039857"],
    [240600551, "240600551"],
    ["CA de Sophia Antipolis", "240600585"],
    ["Communauté d'agglomération de Sophia Antipolis", "240600585"],
    ["Communauté de communes Alpes d'Azur", "200039931"],
    ["Sophia Antipolis", "240600585"],
    ["Pays de Grasse", "200039857"],
    ["Nice Côte d'Azur", "200030195"],
    ["CASA - Sophia Antipolis (06)", "240600585"],
    ["EPCI CARF", "240600551"],
    ["MTPM", "248300543"],
    ["Métropole Européenne de Lille", "200093201"],
  ] as const)("trouve %p parmi tous les EPCI de France", (query, siren) => {
    expect(findEpci(query)?.siren).toBe(siren);
  });

  it.each(["", "XYZ", "Grand", "CA", "123"])("ne devine pas %p", (query) => {
    expect(findEpci(query)).toBeUndefined();
  });

  it("cherche parmi les candidats donnés et rend le candidat lui-même", () => {
    const candidats = [...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06];
    expect(findEpci("Riviera", candidats)).toBe(EPCI_MODELE_06[4]);
    expect(findEpci("Cannes", candidats)?.sigle).toBe("CAPL");
    expect(findEpci("Paillons", candidats)?.sigle).toBe("CCPP");
    expect(findEpci("MEL", candidats)).toBeUndefined();
  });
});

describe("sigles", () => {
  it.each([
    ["CA du Pays de Grasse", "CAPG"],
    ["CA de Sophia Antipolis", "CASA"],
    ["Métropole Nice Côte d'Azur", "MNCA"],
    ["CA de la Riviera Française", "CARF"],
    ["CC Alpes d'Azur", "CCAA"],
    ["CC du Pays des Paillons", "CCPP"],
    ["Métropole Toulon-Provence-Méditerranée", "MTPM"],
    ["Métropole d'Aix-Marseille-Provence", "MAMP"],
    ["Métropole Européenne de Lille", "MEL"],
    ["CU d'Arras", "CUA"],
    ["La", undefined],
  ])("dérive %p en %p", (nom, sigle) => {
    expect(deriveSigle(nom)).toBe(sigle);
  });

  it("préfère les sigles connus et abandonne ceux qui désigneraient deux EPCI", () => {
    expect(epciBySiren("200039915")?.sigle).toBe("CAPL");
    const sigles = assignSigles([
      { siren: "1", nom: "CC du Pays de Gex" },
      { siren: "2", nom: "CC Pays de Grignan" },
      { siren: "3", nom: "CC du Val" },
      { siren: "4", nom: "CA Pays de Grasse" },
    ]);
    expect(sigles).toEqual([undefined, undefined, "CCV", undefined]);
    const used = allEpci().flatMap((e) => (e.sigle === undefined ? [] : [e.sigle]));
    expect(new Set(used).size).toBe(used.length);
  });
});

describe("codes officiels", () => {
  it.each([
    [6088, "06088"],
    ["06088", "06088"],
    [" 6088 ", "06088"],
    ["2b033", "2B033"],
    [75056, "75056"],
    [6088.5, undefined],
    ["Nice", undefined],
    [123456, undefined],
    [null, undefined],
  ])("code commune %p → %p", (value, code) => {
    expect(normaliseCommuneCode(value)).toBe(code);
  });

  it.each([
    [6, "06"],
    ["6", "06"],
    ["06 - Alpes-Maritimes", "06"],
    ["2a", "2A"],
    [971, "971"],
    ["Alpes-Maritimes", undefined],
  ])("département %p → %p", (value, dep) => {
    expect(normaliseDepartement(value)).toBe(dep);
  });

  it.each([
    [200030195, "200030195"],
    ["200 030 195", "200030195"],
    ["20003019", undefined],
  ])("SIREN %p → %p", (value, siren) => {
    expect(normaliseSiren(value)).toBe(siren);
  });
});
