import {
  CATALOGUE,
  CATALOGUE_AREAS,
  DIAGNOSTICS,
  MESSAGES_CLI,
  MESSAGES_SETTINGS,
  MESSAGES_REPARTITION,
  MESSAGES_SUIVI,
  MESSAGES_PANE,
  MESSAGES_SAISIE,
  MESSAGES_PROGRAMME,
  MESSAGES_VACANCES,
  allMessageCodes,
  compileMotif,
  diagnostic,
  failWith,
  fail,
  ok,
  parseRules,
  resultOf,
  type MessageArea,
} from "../../../src/domain";

/** Every builder of the areas whose messages take one object of parameters. */
const PAR_OBJET: Record<string, Record<string, unknown>> = {
  functions: Object.fromEntries(Object.entries(CATALOGUE).map(([k, v]) => [k, v.message])),
  modele: Object.fromEntries(Object.entries(DIAGNOSTICS).map(([k, v]) => [k, v.message])),
  repartition: MESSAGES_REPARTITION,
  settings: MESSAGES_SETTINGS,
  suivi: MESSAGES_SUIVI,
  cli: MESSAGES_CLI,
  pane: MESSAGES_PANE,
  saisie: MESSAGES_SAISIE,
  programme: MESSAGES_PROGRAMME,
  vacances: MESSAGES_VACANCES,
};

describe("catalogue des messages : un seul endroit, des codes typés", () => {
  it("réunit tous les domaines du catalogue, chacun avec au moins un code", () => {
    expect(Object.keys(CATALOGUE_AREAS).sort()).toEqual([
      "cli",
      "consolidation",
      "functions",
      "modele",
      "pane",
      "programme",
      "repartition",
      "saisie",
      "settings",
      "suivi",
      "tables",
      "vacances",
    ]);
    for (const area of Object.keys(CATALOGUE_AREAS) as MessageArea[])
      expect(Object.keys(CATALOGUE_AREAS[area]).length).toBeGreaterThan(0);
  });

  it("qualifie chaque code par son domaine, sans doublon", () => {
    const codes = allMessageCodes();
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain("modele.VALEUR_NEGATIVE");
    expect(codes).toContain("functions.VALEUR_NEGATIVE");
    expect(codes).toContain("repartition.MOTIF_VIDE");
  });

  it.each(Object.entries(PAR_OBJET))(
    "donne à chaque code du domaine « %s » un message en français non vide",
    (_area, builders) => {
      for (const [code, build] of Object.entries(builders)) {
        expect(typeof build).toBe("function");
        const text = (build as (p: object) => string)({ cellule: "B7", valeur: "x", position: 2 });
        expect({ code, vide: text.trim() === "" }).toEqual({ code, vide: false });
        // A French sentence: a capital or « at the start, no English placeholder left.
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    },
  );

  it("range chaque constat du vérificateur sous une gravité connue", () => {
    for (const [code, entry] of Object.entries(DIAGNOSTICS))
      expect({ code, ok: ["erreur", "avertissement", "info"].includes(entry.severity) }).toEqual({ code, ok: true });
    expect(diagnostic("SAISIE_VIDE", { cellule: "C9", attendu: "un nombre" })).toEqual({
      severity: "avertissement",
      code: "SAISIE_VIDE",
      cell: "C9",
      message: "C9 : cellule vide. Tapez un nombre.",
    });
  });

  it("garde les textes des messages tels que les tests et les utilisateurs les connaissent", () => {
    expect(MESSAGES_REPARTITION.MOTIF_VIDE()).toBe(
      "Le motif est vide : tapez un mot du libellé, par exemple PREFECTURE.",
    );
    expect(MESSAGES_CLI.FICHIER_ABSENT({ fichier: "a.xlsx" })).toBe(
      "Fichier introuvable ou illisible : a.xlsx. Vérifiez le chemin.",
    );
  });
});

describe("un seul type Result pour les appels qui peuvent refuser", () => {
  it("porte la valeur quand tout va bien", () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(resultOf(3, [])).toEqual({ ok: true, value: 3 });
  });

  it("porte tous les refus, le premier aussi sous `error`", () => {
    const a = { code: "A", message: "a" };
    const b = { code: "B", message: "b" };
    expect(failWith(a, b)).toEqual({ ok: false, error: a, errors: [a, b] });
    expect(resultOf(3, [a, b])).toEqual({ ok: false, error: a, errors: [a, b] });
  });

  it("fait d'un code du catalogue des fonctions un refus avec son erreur Excel", () => {
    const r = fail("PARC_NUL");
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.kind, r.errors.length]).toEqual(["PARC_NUL", "div0", 1]);
  });

  it("liste toutes les règles fautives lues du classeur, pas seulement la première", () => {
    const r = parseRules([
      { motif: "", categorie: "NON RESERVE" },
      { motif: "***", categorie: "NON RESERVE" },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((p) => [p.code, p.position])).toEqual([
        ["MOTIF_INVALIDE", 1],
        ["MOTIF_INVALIDE", 2],
      ]);
      expect(r.error).toBe(r.errors[0]);
    }
  });

  it.each([
    ["", "MOTIF_VIDE"],
    ["  ***  ", "MOTIF_SANS_LETTRE"],
    ["A".repeat(201), "MOTIF_TROP_LONG"],
  ])("refuse le motif « %s » par un code (%s), sans exception", (motif, code) => {
    const r = compileMotif(motif);
    expect(r.ok ? undefined : r.error.code).toBe(code);
  });
});
