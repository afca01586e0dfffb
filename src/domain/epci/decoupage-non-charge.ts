/** The commune → EPCI table's strings, as data.generated.ts holds them. */
export interface DecoupageData {
  readonly epci: readonly string[];
  readonly communes: readonly string[];
}

/**
 * Thrown by a lookup of the commune → EPCI table while the pane has not loaded it yet: not an
 * error for the user, a signal for src/excel to load the table and run the action again.
 */
export class DecoupageNonCharge extends Error {
  constructor() {
    super("La table des communes et des EPCI n'est pas encore chargée.");
    this.name = "DecoupageNonCharge";
  }
}
