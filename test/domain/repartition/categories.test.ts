import {
  CATEGORIES,
  DEFAULT_REGLES,
  classify,
  matchingRule,
  parseRules,
  serializeRules,
  type Categorie,
  type RegleCategorie,
} from "../../../src/domain/repartition";

describe("Catégories de réservataires", () => {
  it("suivent l'ordre de la légende ERILIA", () => {
    expect(CATEGORIES).toEqual([
      "ETAT FONCTIONNAIRES",
      "ETAT PRIORITAIRES",
      "ACTION LOGEMENT",
      "COLLECTIVITES TERRITORIALES",
      "CIAS ET AUTRES MINISTERES",
      "AUTRES RESERVATAIRES",
      "NON RESERVE",
      "NON IDENTIFIES",
    ]);
  });

  it("n'ont que des règles par défaut lisibles, dont la forme JSON se relit à l'identique", () => {
    const r = parseRules(serializeRules(DEFAULT_REGLES));
    expect(r).toEqual({ ok: true, value: DEFAULT_REGLES });
  });
});

describe("classify : règles par défaut, famille par famille", () => {
  it.each<[string, Categorie]>([
    ["PREFECTURE", "ETAT PRIORITAIRES"],
    ["Préfecture des Alpes-Maritimes", "ETAT PRIORITAIRES"],
    ["CONTINGENT PREFECTORAL", "ETAT PRIORITAIRES"],
    ["Réservation préfectorale", "ETAT PRIORITAIRES"],
    ["DALO", "ETAT PRIORITAIRES"],
    ["Préfet", "ETAT PRIORITAIRES"],
    ["ÉTAT", "ETAT PRIORITAIRES"],
    ["DDETS 06", "ETAT PRIORITAIRES"],
    ["FONCTIONNAIRES", "ETAT FONCTIONNAIRES"],
    ["Préfecture - fonctionnaires", "ETAT FONCTIONNAIRES"],
    ["AGENTS DE L'ETAT", "ETAT FONCTIONNAIRES"],
    ["Contingent fonctionnaire", "ETAT FONCTIONNAIRES"],
    ["ACTION LOGEMENT", "ACTION LOGEMENT"],
    ["Action Logement Services", "ACTION LOGEMENT"],
    ["ALS", "ACTION LOGEMENT"],
    ["1% LOGEMENT", "ACTION LOGEMENT"],
    ["1 % logement", "ACTION LOGEMENT"],
    ["CIL MEDITERRANEE", "ACTION LOGEMENT"],
    ["VILLE DE NICE", "COLLECTIVITES TERRITORIALES"],
    ["Ville d'Antibes", "COLLECTIVITES TERRITORIALES"],
    ["COMMUNE DE GRASSE", "COLLECTIVITES TERRITORIALES"],
    ["Mairie de Cannes", "COLLECTIVITES TERRITORIALES"],
    ["CONSEIL DEPARTEMENTAL", "COLLECTIVITES TERRITORIALES"],
    ["Département des Alpes-Maritimes", "COLLECTIVITES TERRITORIALES"],
    ["REGION SUD", "COLLECTIVITES TERRITORIALES"],
    ["Conseil régional", "COLLECTIVITES TERRITORIALES"],
    ["METROPOLE NICE COTE D'AZUR", "COLLECTIVITES TERRITORIALES"],
    ["Communauté d'agglomération Sophia Antipolis", "COLLECTIVITES TERRITORIALES"],
    ["CA DE SOPHIA ANTIPOLIS", "COLLECTIVITES TERRITORIALES"],
    ["Communauté de communes Alpes d'Azur", "COLLECTIVITES TERRITORIALES"],
    ["EPCI", "COLLECTIVITES TERRITORIALES"],
    ["CIAS", "CIAS ET AUTRES MINISTERES"],
    ["MINISTERE DE L'INTERIEUR", "CIAS ET AUTRES MINISTERES"],
    ["Ministère de la Justice", "CIAS ET AUTRES MINISTERES"],
    ["HOPITAL PASTEUR", "CIAS ET AUTRES MINISTERES"],
    ["CHU DE NICE", "CIAS ET AUTRES MINISTERES"],
    ["JUSTICE", "CIAS ET AUTRES MINISTERES"],
    ["DEFENSE", "CIAS ET AUTRES MINISTERES"],
    ["Gendarmerie nationale", "CIAS ET AUTRES MINISTERES"],
    ["POLICE", "CIAS ET AUTRES MINISTERES"],
    ["NON RESERVE", "NON RESERVE"],
    ["Non réservé", "NON RESERVE"],
    ["BAILLEUR", "NON RESERVE"],
    ["LIBRE", "NON RESERVE"],
    ["CONTINGENT BAILLEUR", "NON RESERVE"],
    ["", "NON IDENTIFIES"],
    ["   ", "NON IDENTIFIES"],
    ["\u00a0", "NON IDENTIFIES"],
  ])("classe « %s » en %s", (libelle, categorie) => {
    expect(classify(libelle, DEFAULT_REGLES)).toBe(categorie);
  });

  it.each([["CAISSE D'EPARGNE"], ["ALSACE HABITAT"], ["ETATS-UNIS"], ["ASSOCIATION HABITAT ET HUMANISME"], ["CAF"]])(
    "ne classe pas « %s » : les motifs sont des mots entiers",
    (libelle) => {
      expect(classify(libelle, DEFAULT_REGLES)).toBeUndefined();
      expect(matchingRule(libelle, DEFAULT_REGLES)).toBe(-1);
    },
  );

  it("range les agents de l'État du préfet en ETAT FONCTIONNAIRES, ceux d'un ministère en CIAS ET AUTRES MINISTERES", () => {
    expect(classify("Préfecture fonctionnaires", DEFAULT_REGLES)).toBe("ETAT FONCTIONNAIRES");
    expect(classify("Ministère de l'Intérieur", DEFAULT_REGLES)).toBe("CIAS ET AUTRES MINISTERES");
  });
});

describe("Syntaxe des motifs", () => {
  const une = (motif: string): RegleCategorie[] => [{ motif, categorie: "AUTRES RESERVATAIRES" }];
  it.each<[string, string, boolean]>([
    ["HABITAT", "13 HABITAT", true],
    ["habitat", "Côte d'Azur Habitat", true],
    ["HABITAT", "HABITATION", false],
    ["HABITAT*", "HABITATION", true],
    ["*HABITAT", "LOGIHABITAT", true],
    ["VILLE * NICE", "VILLE DE NICE", true],
    ["VILLE * NICE", "VILLE NICE", false],
    ["COTE D'AZUR", "cote-d-azur habitat", true],
    ["=ETAT", "État", true],
    ["=ETAT", "Agents de l'État", false],
    ["  =  Etat ", "ETAT", true],
  ])("le motif « %s » sur « %s » : %s", (motif, libelle, attendu) => {
    expect(classify(libelle, une(motif)) !== undefined).toBe(attendu);
  });
});

describe("Modifier les règles", () => {
  it("ajouter une règle change le résultat", () => {
    expect(classify("LOGIREM", DEFAULT_REGLES)).toBeUndefined();
    const regles = [...DEFAULT_REGLES, { motif: "LOGIREM", categorie: "AUTRES RESERVATAIRES" as const }];
    expect(classify("LOGIREM", regles)).toBe("AUTRES RESERVATAIRES");
  });

  it("la première règle qui reconnaît le libellé décide : l'ordre compte", () => {
    const prefetDabord: RegleCategorie[] = [
      { motif: "PREFECTURE", categorie: "ETAT PRIORITAIRES" },
      { motif: "FONCTIONNAIRES", categorie: "ETAT FONCTIONNAIRES" },
    ];
    const libelle = "PREFECTURE FONCTIONNAIRES";
    expect(classify(libelle, prefetDabord)).toBe("ETAT PRIORITAIRES");
    expect(classify(libelle, [...prefetDabord].reverse())).toBe("ETAT FONCTIONNAIRES");
    expect(matchingRule(libelle, prefetDabord)).toBe(0);
  });

  it("une règle placée avant les autres l'emporte sur les règles par défaut", () => {
    const regles = [
      { motif: "POLICE MUNICIPALE", categorie: "COLLECTIVITES TERRITORIALES" as const },
      ...DEFAULT_REGLES,
    ];
    expect(classify("Police municipale de Nice", DEFAULT_REGLES)).toBe("CIAS ET AUTRES MINISTERES");
    expect(classify("Police municipale de Nice", regles)).toBe("COLLECTIVITES TERRITORIALES");
  });

  it("un libellé vide reste NON IDENTIFIES, même sans aucune règle", () => {
    expect(classify("", [])).toBe("NON IDENTIFIES");
    expect(classify("PREFECTURE", [])).toBeUndefined();
  });

  it("une règle peut envoyer un libellé en NON IDENTIFIES", () => {
    expect(classify("INCONNU", [{ motif: "=INCONNU", categorie: "NON IDENTIFIES" }])).toBe("NON IDENTIFIES");
  });
});

describe("parseRules", () => {
  it("lit la forme enregistrée, l'objet, une simple liste, et les catégories sans accents ni majuscules", () => {
    const attendu = [{ motif: "LOGIREM", categorie: "COLLECTIVITES TERRITORIALES" }];
    expect(
      parseRules('{"version":1,"regles":[{"motif":"LOGIREM","categorie":"COLLECTIVITES TERRITORIALES"}]}'),
    ).toEqual({ ok: true, value: attendu });
    expect(
      parseRules({ version: 1, regles: [{ motif: "LOGIREM", categorie: "Collectivités territoriales" }] }),
    ).toEqual({ ok: true, value: attendu });
    expect(parseRules([{ motif: "LOGIREM", categorie: "collectivites-territoriales", note: "ignorée" }])).toEqual({
      ok: true,
      value: attendu,
    });
    expect(parseRules([])).toEqual({ ok: true, value: [] });
  });

  it("rend des règles figées", () => {
    const r = parseRules([{ motif: "X", categorie: "NON RESERVE" }]);
    expect(r.ok && Object.isFrozen(r.value) && Object.isFrozen(r.value[0])).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    [
      "un JSON invalide",
      "{regles:",
      ["Les règles enregistrées ne sont pas lisibles (JSON invalide) : rétablissez les règles par défaut."],
    ],
    [
      "autre chose qu'une liste",
      { regles: "PREFECTURE" },
      ["Les règles doivent être une liste de couples motif / catégorie."],
    ],
    [
      "une version future",
      { version: 2, regles: [] },
      ["Ces règles viennent d'une version plus récente de GEF (format 2) : mettez à jour le complément."],
    ],
    ["une règle qui n'est pas un objet", ["PREFECTURE"], ["Règle n° 1 : elle doit avoir un motif et une catégorie."]],
    [
      "un motif vide et une catégorie inconnue",
      [
        { motif: "ok", categorie: "NON RESERVE" },
        { motif: " ", categorie: "ETAT" },
      ],
      [
        "Règle n° 2 : le motif est vide : tapez un mot du libellé, par exemple PREFECTURE.",
        "Règle n° 2 : « ETAT » n'est pas une catégorie. Choisissez l'une de : ETAT FONCTIONNAIRES, ETAT PRIORITAIRES, ACTION LOGEMENT, " +
          "COLLECTIVITES TERRITORIALES, CIAS ET AUTRES MINISTERES, AUTRES RESERVATAIRES, NON RESERVE, NON IDENTIFIES.",
      ],
    ],
    [
      "un motif sans lettre",
      [{ motif: "*", categorie: "NON RESERVE" }],
      ["Règle n° 1 : le motif « * » ne contient ni lettre ni chiffre : tapez au moins un mot du libellé."],
    ],
    [
      "un motif trop long",
      [{ motif: "A".repeat(201), categorie: "NON RESERVE" }],
      ["Règle n° 1 : le motif fait 201 caractères : 200 au plus."],
    ],
    [
      "un motif qui n'est pas un texte",
      [{ motif: 12, categorie: "NON RESERVE" }],
      ["Règle n° 1 : le motif manque ou n'est pas un texte."],
    ],
    [
      "une catégorie absente",
      [{ motif: "X" }],
      [
        "Règle n° 1 : la catégorie manque. Choisissez l'une de : ETAT FONCTIONNAIRES, ETAT PRIORITAIRES, ACTION LOGEMENT, " +
          "COLLECTIVITES TERRITORIALES, CIAS ET AUTRES MINISTERES, AUTRES RESERVATAIRES, NON RESERVE, NON IDENTIFIES.",
      ],
    ],
  ])("refuse %s, avec des messages en français", (_cas, json, messages) => {
    const r = parseRules(json);
    expect(r.ok ? [] : r.errors.map((p) => p.message)).toEqual(messages);
  });

  it.each<[unknown, string[]]>([
    ["{", ["REGLES_ILLISIBLES"]],
    [{ version: 9 }, ["REGLES_VERSION_FUTURE"]],
    [42, ["REGLES_PAS_UNE_LISTE"]],
    [[null], ["REGLE_INCOMPLETE"]],
    [[{ motif: "", categorie: "X" }], ["MOTIF_INVALIDE", "CATEGORIE_INCONNUE"]],
  ])("donne un code stable à chaque problème : %p", (json, codes) => {
    const r = parseRules(json);
    expect(r.ok ? [] : r.errors.map((p) => p.code)).toEqual(codes);
  });

  it("situe chaque règle fautive par son numéro", () => {
    const r = parseRules([
      { motif: "", categorie: "NON RESERVE" },
      { motif: "A", categorie: "NON RESERVE" },
      { motif: "B", categorie: "?" },
    ]);
    expect(r.ok ? [] : r.errors.map((p) => p.position)).toEqual([1, 3]);
  });
});
