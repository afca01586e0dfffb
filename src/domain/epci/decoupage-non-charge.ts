import { suiviMessage } from "../messages/suivi";

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
    super(suiviMessage("DECOUPAGE_NON_CHARGE"));
    this.name = "DecoupageNonCharge";
  }
}
