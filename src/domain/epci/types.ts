/** An EPCI as the template's columns name it: SIREN, official name, and the acronym used locally. */
export interface EpciRef {
  /** SIREN, 9 digits (e.g. "240600585"). */
  readonly siren: string;
  /** Official name from the découpage administratif ("CA de Sophia Antipolis"). */
  readonly nom: string;
  /** Acronym used in templates ("CASA"), when one is known. */
  readonly sigle?: string;
}
