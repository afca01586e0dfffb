/**
 * The reading and formatting kit shared by the pane, `gef` and the custom functions: numbers and
 * percentages typed in French or English form, French number and percent formatting, A1 addresses,
 * the EPCI label and the DECOMPTE table. Import it from src/domain (its index re-exports it).
 */
export { parseNumberText } from "../number-text";
export { accord, arrondiAffiche, displayValue, formatNombre, formatPourcent, sansMoinsZero } from "../text";
export { addressOrder, cellAddress, columnLetters, parseCellAddress } from "../modele/a1";
export { formatPercentFixed } from "./percent";
export { DECOMPTE_HEADER, decompteRow, epciName } from "./labels";
