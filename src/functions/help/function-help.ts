/** The shape of a function's help (../functions-help.ts) and the wording its files share. */

/** An argument's help beyond its JSDoc sentence. */
export interface ArgumentHelp {
  /** HTML: the value taken when the argument is left out, shown as « Non (…) ». */
  readonly omitted?: string;
  /** HTML appended to the JSDoc sentence in the arguments table. */
  readonly details?: string;
}

export interface ErrorHelp {
  readonly error: "#VALEUR!" | "#DIV/0!" | "#N/A";
  /** HTML. */
  readonly when: string;
}

/** The example shown in the pane, in README.md's table and highlighted in the help. */
export interface MainExample {
  /** The formula, French Excel syntax. */
  readonly formula: string;
  /** Plain text: the result, for the pane and README.md. */
  readonly resultText: string;
  /** Plain text: what the cells hold, for README.md. */
  readonly context?: string;
  /** HTML: the result as the help shows it after « → » (default: `resultText`); null: no arrow. */
  readonly resultHtml?: string | null;
  /** HTML after the result, on the same line. */
  readonly after?: string;
}

export interface FunctionHelp {
  /** Plain text: the sommaire's words after the name (« l'assiette »). */
  readonly title: string;
  /** Plain text: one line for the pane's list. */
  readonly role: string;
  /** HTML after the JSDoc summary. */
  readonly intro: string;
  /** Keyed by the JSDoc parameter name; every parameter has an entry, even empty. */
  readonly arguments: Readonly<Record<string, ArgumentHelp>>;
  /** Sections between the arguments and the result (HTML bodies). */
  readonly sections?: readonly { readonly title: string; readonly html: string }[];
  /** HTML after the JSDoc @returns sentence. */
  readonly result?: string;
  readonly errors: readonly ErrorHelp[];
  readonly example: { readonly before?: string; readonly main: MainExample; readonly after?: string };
}

/** Plain text shared by the errors of several functions. */
export const NOT_A_NUMBER = "un texte qui n'est pas un nombre";
