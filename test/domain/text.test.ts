import { compareCles, foldText, foldUnicode } from "../../src/domain";

describe("foldText (issue 25, noms qui fusionnent)", () => {
  it.each<[string, string]>([
    ["ACTION LOGEMENT", "action logement"],
    ["Action-Logement", "action logement"],
    ["  Mise à disposition ", "mise a disposition"],
    ["MISE_A_DISPOSITION", "mise a disposition"],
    ["Préfecture", "prefecture"],
    ["Банк", "банк"],
    ["БАНК", "банк"],
    ["日本", "日本"],
    ["漢字", "漢字"],
    ["Ville\u200bde Nice", "villede nice"],
    ["Acti\u200bon Lo\u00adgement", "action logement"],
    ["Sœur", "soeur"],
    ["Ｎｉｃｅ", "nice"],
    ["Nº logement", "no logement"],
  ])("plie « %s » en « %s »", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("garde distincts les noms d'écritures différentes : « 漢字 », « 日本 », « Банк » et « Bank »", () => {
    const keys = ["漢字", "日本", "Банк", "Bank"].map(foldText);
    expect(new Set(keys).size).toBe(4);
  });

  it.each(["?", "-", "🏠", " — ", "\u200b"])("plie « %s », sans lettre ni chiffre, en texte vide", (text) => {
    expect(foldText(text)).toBe("");
  });
});

describe("foldText par table des caractères latins", () => {
  it("plie chaque caractère jusqu'à U+024F, seul ou dans un mot, comme la règle générale", () => {
    const chars = Array.from({ length: 0x250 }, (_, c) => `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`);
    const differ = [...chars, "  Œuilly  ", "ÇA--VA", "İstanbul", "aĿb", "Lo\u00adgement"].filter(
      (s) => foldText(s) !== foldUnicode(s),
    );
    expect(differ).toEqual([]);
  });
});

describe("compareCles (ordre des réservataires affichés)", () => {
  it("range dans l'ordre du dictionnaire français, accents et casse à part", () => {
    const noms = ["Ville de Nice", "État", "action logement", "Éclair 2", "Eclair 10", "CAF"];
    const sorted = noms
      .map((nom) => ({ nom, cle: foldText(nom) }))
      .sort(compareCles)
      .map((x) => x.nom);
    expect(sorted).toEqual(["action logement", "CAF", "Eclair 10", "Éclair 2", "État", "Ville de Nice"]);
    // The same order as a French collator for these names.
    expect(sorted).toEqual([...noms].sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" })));
  });
});
