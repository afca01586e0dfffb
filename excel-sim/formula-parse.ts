/**
 * The formulas of the simulated workbook, read: values and references (`Scalar`, `Ref`), and the parser
 * of Excel's en-US formula text into a tree (`parseFormula`, cached; `isValidFormula`). The evaluator
 * is in formula.ts, which says what is known (docs/choix.md « Classeur simulé : ce qu'il calcule »).
 */
export type ErrorValue = { readonly error: "#DIV/0!" | "#VALUE!" | "#NAME?" | "#REF!" | "#NUM!" | "#N/A" };
export type Scalar = number | string | boolean | ErrorValue | null;

/** A rectangular reference, resolved by the workbook. */
export interface Ref {
  readonly sheet: string | undefined;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** What the evaluator asks of the workbook: the value of one cell (a formula cell evaluated). */
export type CellSource = (sheet: string | undefined, r: number, c: number) => Scalar;

export const isError = (v: unknown): v is ErrorValue => typeof v === "object" && v !== null && "error" in v;
export const err = (e: ErrorValue["error"]): ErrorValue => ({ error: e });
const ERRORS = ["#DIV/0!", "#VALUE!", "#NAME?", "#REF!", "#NUM!", "#N/A"] as const;

export type Node =
  | { readonly t: "lit"; readonly v: Scalar }
  | { readonly t: "ref"; readonly ref: Ref }
  | { readonly t: "un"; readonly op: "-" | "+" | "%"; readonly a: Node }
  | { readonly t: "bin"; readonly op: string; readonly a: Node; readonly b: Node }
  | { readonly t: "call"; readonly name: string; readonly args: readonly Node[] };

class ParseError extends Error {}

/** Column index (0-based) of letters. */
function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.comparison();
    this.space();
    if (this.i < this.s.length) throw new ParseError(`caractère inattendu « ${this.s[this.i] ?? ""} »`);
    return n;
  }
  private space(): void {
    while (this.s[this.i] === " ") this.i++;
  }
  private peek(): string {
    this.space();
    return this.s[this.i] ?? "";
  }
  private eat(tok: string): boolean {
    this.space();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }
  private comparison(): Node {
    let a = this.concat();
    for (;;) {
      const op = ["<=", ">=", "<>", "=", "<", ">"].find((o) => this.eat(o));
      if (op === undefined) return a;
      a = { t: "bin", op, a, b: this.concat() };
    }
  }
  private concat(): Node {
    let a = this.additive();
    while (this.eat("&")) a = { t: "bin", op: "&", a, b: this.additive() };
    return a;
  }
  private additive(): Node {
    let a = this.term();
    for (;;) {
      if (this.eat("+")) a = { t: "bin", op: "+", a, b: this.term() };
      else if (this.eat("-")) a = { t: "bin", op: "-", a, b: this.term() };
      else return a;
    }
  }
  private term(): Node {
    let a = this.power();
    for (;;) {
      if (this.eat("*")) a = { t: "bin", op: "*", a, b: this.power() };
      else if (this.eat("/")) a = { t: "bin", op: "/", a, b: this.power() };
      else return a;
    }
  }
  private power(): Node {
    let a = this.unary();
    while (this.eat("^")) a = { t: "bin", op: "^", a, b: this.unary() };
    return a;
  }
  private unary(): Node {
    if (this.eat("-")) return { t: "un", op: "-", a: this.unary() };
    if (this.eat("+")) return { t: "un", op: "+", a: this.unary() };
    let a = this.primary();
    while (this.eat("%")) a = { t: "un", op: "%", a };
    return a;
  }
  private primary(): Node {
    const ch = this.peek();
    if (ch === "(") {
      this.i++;
      const n = this.comparison();
      if (!this.eat(")")) throw new ParseError("parenthèse non fermée");
      return n;
    }
    if (ch === '"') return { t: "lit", v: this.string() };
    if (ch === "#") {
      const e = ERRORS.find((x) => this.s.startsWith(x, this.i));
      if (e === undefined) throw new ParseError("erreur inconnue");
      this.i += e.length;
      return { t: "lit", v: err(e) };
    }
    const num = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(this.s.slice(this.i));
    if (num && !CELL.test(this.s.slice(this.i))) {
      this.i += num[0].length;
      return { t: "lit", v: Number(num[0]) };
    }
    let sheet: string | undefined;
    if (ch === "'") {
      sheet = this.quotedSheet();
    } else {
      const bare = /^([A-Za-z0-9_.À-ÿ]+)!/.exec(this.s.slice(this.i));
      if (bare) {
        sheet = bare[1];
        this.i += bare[0].length;
      }
    }
    const rest = this.s.slice(this.i);
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(rest);
    if (sheet === undefined && fn) {
      this.i += fn[0].length;
      const args: Node[] = [];
      if (!this.eat(")")) {
        do args.push(this.peek() === "," || this.peek() === ")" ? { t: "lit", v: null } : this.comparison());
        while (this.eat(","));
        if (!this.eat(")")) throw new ParseError("parenthèse de fonction non fermée");
      }
      return { t: "call", name: (fn[1] ?? "").toUpperCase(), args };
    }
    const a = CELL.exec(rest);
    if (a) {
      this.i += a[0].length;
      let r0 = Number(a[2]) - 1;
      let c0 = colIndex(a[1] ?? "A");
      let r1 = r0;
      let c1 = c0;
      if (this.s[this.i] === ":") {
        const b = CELL.exec(this.s.slice(this.i + 1));
        if (!b) throw new ParseError("plage incomplète");
        this.i += 1 + b[0].length;
        r1 = Number(b[2]) - 1;
        c1 = colIndex(b[1] ?? "A");
      }
      [r0, r1] = [Math.min(r0, r1), Math.max(r0, r1)];
      [c0, c1] = [Math.min(c0, c1), Math.max(c0, c1)];
      return { t: "ref", ref: { sheet, r0, c0, r1, c1 } };
    }
    const word = /^(TRUE|FALSE)\b/i.exec(rest);
    if (word) {
      this.i += word[0].length;
      return { t: "lit", v: (word[1] ?? "").toUpperCase() === "TRUE" };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      this.i += name[0].length;
      return { t: "lit", v: err("#NAME?") };
    }
    throw new ParseError(`formule illisible à la position ${this.i + 1}`);
  }
  private string(): string {
    this.i++;
    let out = "";
    for (;;) {
      const ch = this.s[this.i++];
      if (ch === undefined) throw new ParseError("texte non fermé");
      if (ch === '"') {
        if (this.s[this.i] === '"') {
          out += '"';
          this.i++;
          continue;
        }
        return out;
      }
      out += ch;
    }
  }
  private quotedSheet(): string {
    this.i++;
    let out = "";
    for (;;) {
      const ch = this.s[this.i++];
      if (ch === undefined) throw new ParseError("nom de feuille non fermé");
      if (ch === "'") {
        if (this.s[this.i] === "'") {
          out += "'";
          this.i++;
          continue;
        }
        if (this.s[this.i] !== "!") throw new ParseError("« ! » attendu après le nom de feuille");
        this.i++;
        return out;
      }
      out += ch;
    }
  }
}

const parsed = new Map<string, Node | ParseError>();

/** Parses a formula (with its leading "="); throws a ParseError for text Excel would refuse. */
export function parseFormula(formula: string): Node {
  let n = parsed.get(formula);
  if (n === undefined) {
    try {
      n = new Parser(formula.replace(/^=/, "")).parse();
    } catch (e) {
      n = e instanceof ParseError ? e : new ParseError(String(e));
    }
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(formula, n);
  }
  if (n instanceof ParseError) throw n;
  return n;
}

/** True when Excel would accept the formula's text. */
export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch {
    return false;
  }
}
