/**
 * The pane's variant of the commune table's source (webpack swaps data-source.ts for it): nothing
 * before loadDecoupage, the same data as the eager variant after.
 */
import * as eager from "../../../src/domain/epci/data-source";
import * as lazy from "../../../src/domain/epci/data-source.lazy";

describe("Table des communes chargée à la demande (volet)", () => {
  it("signale DecoupageNonCharge avant le chargement, puis donne les mêmes données que gef", async () => {
    expect(() => lazy.decoupageData()).toThrow(lazy.DecoupageNonCharge);
    await Promise.all([lazy.loadDecoupage(), lazy.loadDecoupage()]);
    expect(lazy.decoupageData().epci).toEqual(eager.decoupageData().epci);
    expect(lazy.decoupageData().communes).toEqual(eager.decoupageData().communes);
  });
});
