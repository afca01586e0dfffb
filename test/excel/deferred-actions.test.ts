import { deferActions } from "../../src/excel/deferred-actions";

interface Compteur {
  ajouter(a: number, b: number): Promise<number>;
  nom(): Promise<string>;
}

describe("actions chargées au premier usage", () => {
  it("ne charge rien avant le premier appel, puis une seule fois, et transmet arguments et résultats", async () => {
    let chargements = 0;
    const actions = deferActions<Compteur>(() => {
      chargements++;
      return Promise.resolve({
        ajouter: (a: number, b: number) => Promise.resolve(a + b),
        nom: () => Promise.resolve("compteur"),
      });
    });
    expect(chargements).toBe(0);
    await expect(actions.ajouter(2, 3)).resolves.toBe(5);
    await expect(Promise.all([actions.nom(), actions.ajouter(10, -4)])).resolves.toEqual(["compteur", 6]);
    expect(chargements).toBe(1);
  });

  it("rejette l'appel dont le chargement échoue et réessaie au suivant", async () => {
    let essais = 0;
    const actions = deferActions<Compteur>(() => {
      essais++;
      return essais === 1
        ? Promise.reject(new Error("réseau coupé"))
        : Promise.resolve({
            ajouter: (a: number, b: number) => Promise.resolve(a * 10 + b),
            nom: () => Promise.resolve("x"),
          });
    });
    await expect(actions.ajouter(1, 2)).rejects.toThrow("réseau coupé");
    await expect(actions.ajouter(1, 2)).resolves.toBe(12);
    expect(essais).toBe(2);
  });

  it("propage l'erreur d'une action chargée", async () => {
    const actions = deferActions<Compteur>(() =>
      Promise.resolve({
        ajouter: () => Promise.reject(new Error("feuille protégée")),
        nom: () => Promise.resolve("x"),
      }),
    );
    await expect(actions.ajouter(1, 1)).rejects.toThrow("feuille protégée");
  });
});
