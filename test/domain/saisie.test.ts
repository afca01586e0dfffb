import {
  readTypedCount,
  readTypedDate,
  readTypedOptional,
  readTypedPercent,
  readTypedYear,
  readTypedYearCount,
  serialFromParts,
  type Saisie,
} from "../../src/domain";

// The rules of src/domain/saisie.ts (docs/choix.md « Saisies du volet et options de gef ») applied to the inputs of issue 24:
// « 150 % », « 12,5 », « 150 », « 2024 », « 20245 », « 99 », « abc », « 2,5 ».
const refusal = <T>(r: Saisie<T>): string => (r.ok ? `accepté : ${String(r.value)}` : r.error.message);

describe("un nombre entier (volume, logements) : jamais arrondi, jamais un pourcentage", () => {
  it.each([
    ["268", 268],
    [" 1 234 ", 1234],
    ["0", 0],
    ["150", 150],
    ["2024", 2024],
  ])("lit « %s » comme %d", (text, n) => {
    expect(readTypedCount(text, "Volume annuel saisi")).toEqual({ ok: true, value: n });
  });

  it("refuse « 12,5 » et « 2,5 » en demandant un nombre entier, sans arrondir à 13", () => {
    expect(refusal(readTypedCount("12,5", "Volume annuel saisi"))).toBe(
      "Volume annuel saisi : « 12,5 » n'est pas un nombre entier (GEF n'arrondit pas ce que vous tapez). Tapez un nombre entier de logements, 0 ou plus, comme 268.",
    );
    expect(refusal(readTypedCount("2,5", "--volume"))).toMatch(/^--volume : « 2,5 » n'est pas un nombre entier/);
  });

  it("refuse « 150 % » (un pourcentage, pas un volume de 2)", () => {
    expect(refusal(readTypedCount("150 %", "Volume annuel saisi"))).toBe(
      "Volume annuel saisi : « 150 % » est un pourcentage, pas un nombre de logements. Tapez un nombre entier de logements, 0 ou plus, comme 268.",
    );
  });

  it("refuse « abc », « -5 » et le vide en disant quoi taper", () => {
    expect(refusal(readTypedCount("abc", "Volume annuel saisi"))).toBe(
      "Volume annuel saisi : « abc » n'est pas un nombre de logements. Tapez un nombre entier de logements, 0 ou plus, comme 268.",
    );
    expect(refusal(readTypedCount("-5", "Volume annuel saisi"))).toMatch(/« -5 » est hors des bornes \(0 ou plus\)/);
    expect(refusal(readTypedCount("  ", "Volume annuel saisi"))).toBe(
      "Volume annuel saisi : rien n'est tapé. Tapez un nombre entier de logements, 0 ou plus, comme 268.",
    );
  });
});

describe("un pourcentage, en points avec ou sans « % » : « 150 » et « 150 % » reçoivent la même réponse", () => {
  it.each([
    ["5", 5],
    ["5 %", 5],
    ["5%", 5],
    ["12,5", 12.5],
    ["2,5", 2.5],
    ["0,05", 0.05],
    ["1", 1],
    ["100", 100],
  ])("lit « %s » comme %d points", (text, points) => {
    expect(readTypedPercent(text, "Seuil des déséquilibres")).toEqual({ ok: true, value: points });
  });

  it("refuse « 150 » comme « 150 % », en donnant les bornes et la règle", () => {
    const attendu =
      "Tapez un pourcentage de 0 à 100 %, en points (« 25 » et « 25 % » valent 25 %, « 12,5 » vaut 12,5 %, « 1 » vaut 1 %).";
    expect(refusal(readTypedPercent("150 %", "Seuil des déséquilibres"))).toBe(
      `Seuil des déséquilibres : « 150 % » est hors des bornes (de 0 à 100 %). ${attendu}`,
    );
    expect(refusal(readTypedPercent("150", "Seuil des déséquilibres"))).toBe(
      `Seuil des déséquilibres : « 150 » est hors des bornes (de 0 à 100 %). ${attendu}`,
    );
  });

  it("refuse 0 quand le minimum est exclu (un seuil nul), « abc » et le vide", () => {
    expect(refusal(readTypedPercent("0", "--seuil", { min: 0, max: 100, minExclu: true }))).toMatch(
      /^--seuil : « 0 » est hors des bornes \(plus de 0 et au plus 100 %\)/,
    );
    expect(refusal(readTypedPercent("abc", "--seuil"))).toMatch(
      /^--seuil : « abc » n'est pas un pourcentage\. Tapez un pourcentage de 0 à 100 %/,
    );
    expect(refusal(readTypedPercent("", "--seuil"))).toMatch(/^--seuil : rien n'est tapé\./);
  });
});

describe("une année : quatre chiffres, de 1950 à 2200", () => {
  it("lit « 2024 » et « 1950 »", () => {
    expect(readTypedYear(" 2024 ", "Année")).toEqual({ ok: true, value: 2024 });
    expect(readTypedYear("1950", "Année")).toEqual({ ok: true, value: 1950 });
  });

  it.each(["20245", "99", "1949", "2201", "0999"])("refuse « %s » (hors des bornes)", (text) => {
    expect(refusal(readTypedYear(text, "Année"))).toBe(
      `Année : « ${text} » est hors des bornes (de 1950 à 2200). Tapez une année sur quatre chiffres, de 1950 à 2200, comme 2024.`,
    );
  });

  it.each(["abc", "2,5", "12,5", "150 %", "2024,5"])("refuse « %s » (pas une année)", (text) => {
    expect(refusal(readTypedYear(text, "--annee"))).toBe(
      `--annee : « ${text} » n'est pas une année. Tapez une année sur quatre chiffres, de 1950 à 2200, comme 2024.`,
    );
  });
});

describe("un nombre d'années : entier, de 1 à 50", () => {
  it("lit « 3 » et « 50 »", () => {
    expect(readTypedYearCount("3", "Années de mouvements")).toEqual({ ok: true, value: 3 });
    expect(readTypedYearCount("50", "Années de mouvements")).toEqual({ ok: true, value: 50 });
  });

  it("dit que « 2024 » est une année, pas un nombre d'années", () => {
    expect(refusal(readTypedYearCount("2024", "Années de mouvements"))).toBe(
      "Années de mouvements : « 2024 » est une année, pas un nombre d'années. Tapez un nombre entier d'années de 1 à 50, comme 3.",
    );
  });

  it("refuse « 20245 », « 99 » et « 0 » (hors des bornes), « 2,5 » (pas entier), « abc »", () => {
    expect(refusal(readTypedYearCount("20245", "Années de mouvements"))).toMatch(
      /« 20245 » est hors des bornes \(de 1 à 50\)/,
    );
    expect(refusal(readTypedYearCount("99", "Années de mouvements"))).toMatch(
      /« 99 » est hors des bornes \(de 1 à 50\)/,
    );
    expect(refusal(readTypedYearCount("0", "--annees"))).toMatch(/^--annees : « 0 » est hors des bornes/);
    expect(refusal(readTypedYearCount("2,5", "Années de mouvements"))).toMatch(/« 2,5 » n'est pas un nombre entier/);
    expect(refusal(readTypedYearCount("abc", "Années de mouvements"))).toBe(
      "Années de mouvements : « abc » n'est pas un nombre d'années. Tapez un nombre entier d'années de 1 à 50, comme 3.",
    );
  });
});

describe("une date", () => {
  it("lit 31/12/2024 et 2024-12-31 comme le même jour", () => {
    expect(readTypedDate("31/12/2024", "Au")).toEqual({ ok: true, value: serialFromParts(2024, 12, 31) });
    expect(readTypedDate("2024-12-31", "--fin")).toEqual({ ok: true, value: serialFromParts(2024, 12, 31) });
  });

  it.each(["31/02/2024", "abc", "2024", "12,5", "20245"])("refuse « %s » en disant quoi taper", (text) => {
    expect(refusal(readTypedDate(text, "Du"))).toBe(
      `Du : « ${text} » n'est pas une date. Tapez une date comme 31/12/2024 ou 2024-12-31.`,
    );
  });
});

describe("un champ facultatif", () => {
  it("lit le vide comme « non donné » et passe le reste au lecteur", () => {
    expect(readTypedOptional("  ", (t) => readTypedYear(t, "Année"))).toEqual({ ok: true, value: undefined });
    expect(readTypedOptional("2024", (t) => readTypedYear(t, "Année"))).toEqual({ ok: true, value: 2024 });
    expect(readTypedOptional("99", (t) => readTypedYear(t, "Année")).ok).toBe(false);
  });
});
