/**
 * A small evaluator of Excel formulas in the API's en-US syntax (`=ROUNDDOWN(B29*B30*0.25,0)`), so
 * that the simulated workbook reads back what Excel would show, not a 0 per formula.
 *
 * What it knows (docs/choix.md « Classeur simulé : ce qu'il calcule »), enough for every formula GEF and the DDETS
 * template write: numbers, strings, TRUE/FALSE, error literals; references (`B3`, `$B$3`, `B3:D7`, `'Feuille 1'!B3`);
 * operators `+ - * / ^ & = <> < > <= >=`, unary minus and `%`; the functions SUM, SUMIF, COUNTIF, ROUND,
 * ROUNDDOWN, ROUNDUP, INT, ABS, MIN, MAX, AVERAGE, COUNT, IF, IFERROR, AND, OR, NOT. An unknown function is `#NAME?`, as
 * in Excel. Rounding first takes the operand to 15 significant digits, as Excel's arithmetic does,
 * so that ROUNDDOWN(5367*0.05*0.25,0) cannot fall one short on a binary representation error.
 */
import {
  err,
  isError,
  parseFormula,
  type CellSource,
  type ErrorValue,
  type Node,
  type Ref,
  type Scalar,
} from "./formula-parse";

export {
  isError,
  isValidFormula,
  parseFormula,
  type CellSource,
  type ErrorValue,
  type Ref,
  type Scalar,
} from "./formula-parse";

/** Excel keeps 15 significant digits. */
const to15 = (x: number): number => (x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(15)));

function toNumber(v: Scalar): number | ErrorValue {
  if (isError(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

function toText(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(to15(v));
  return isError(v) ? v.error : v;
}

const finite = (x: number): Scalar => (Number.isFinite(x) ? x : err("#NUM!"));

function roundTo(x: number, digits: number, mode: "near" | "down" | "up"): number {
  const f = 10 ** Math.trunc(digits);
  const scaled = to15(Math.abs(x) * f);
  const r = mode === "down" ? Math.floor(scaled) : mode === "up" ? Math.ceil(scaled) : Math.floor(scaled + 0.5);
  return (Math.sign(x) * r) / f;
}

/** Evaluates a formula against a workbook; the result is what Excel shows in the cell. */
export function evaluateFormula(formula: string, source: CellSource): Scalar {
  let node: Node;
  try {
    node = parseFormula(formula);
  } catch {
    return err("#NAME?");
  }
  const v = evalNode(node, source);
  return isRefValue(v) ? first(v, source) : v;
}

type Value = Scalar | { readonly range: Ref };
const isRefValue = (v: Value): v is { readonly range: Ref } => typeof v === "object" && v !== null && "range" in v;

/** A range used where one value is expected: its top-left cell (Excel's implicit intersection aside). */
function first(v: { readonly range: Ref }, source: CellSource): Scalar {
  const { range } = v;
  if (range.r0 !== range.r1 || range.c0 !== range.c1) return err("#VALUE!");
  return source(range.sheet, range.r0, range.c0);
}

function* cellsOf(v: Value, source: CellSource): Generator<{ v: Scalar; fromRange: boolean }> {
  if (!isRefValue(v)) {
    yield { v, fromRange: false };
    return;
  }
  const { sheet, r0, c0, r1, c1 } = v.range;
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) yield { v: source(sheet, r, c), fromRange: true };
}

function numbersOf(args: readonly Value[], source: CellSource): number[] | ErrorValue {
  const out: number[] = [];
  for (const a of args) {
    for (const { v, fromRange } of cellsOf(a, source)) {
      if (isError(v)) return v;
      if (typeof v === "number") out.push(v);
      else if (!fromRange && v !== null) {
        const n = toNumber(v);
        if (isError(n)) return n;
        out.push(n);
      }
    }
  }
  return out;
}

function evalNode(n: Node, source: CellSource): Value {
  switch (n.t) {
    case "lit":
      return n.v;
    case "ref":
      return n.ref.r0 === n.ref.r1 && n.ref.c0 === n.ref.c1
        ? source(n.ref.sheet, n.ref.r0, n.ref.c0)
        : { range: n.ref };
    case "un": {
      const a = toNumber(scalar(evalNode(n.a, source), source));
      if (isError(a)) return a;
      return n.op === "-" ? -a : n.op === "%" ? a / 100 : a;
    }
    case "bin":
      return binary(n.op, scalar(evalNode(n.a, source), source), scalar(evalNode(n.b, source), source));
    case "call":
      return call(n.name, n.args, source);
  }
}

const scalar = (v: Value, source: CellSource): Scalar => (isRefValue(v) ? first(v, source) : v);

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") return toText(a) + toText(b);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const x = a ?? 0;
    const y = b ?? 0;
    const cmp = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === "number" ? -1 : 1;
    return { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[op] ?? false;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return finite(x + y);
    case "-":
      return finite(x - y);
    case "*":
      return finite(x * y);
    case "/":
      return y === 0 ? err("#DIV/0!") : finite(x / y);
    default:
      return finite(x ** y);
  }
}

/** A SUMIF / COUNTIF criterion: « >5 », « <>x », « =x », or a value compared for equality (text without case). */
function matcher(criterion: Scalar): (v: Scalar) => boolean {
  const text = typeof criterion === "string" ? criterion : undefined;
  const m = text === undefined ? null : /^(<=|>=|<>|<|>|=)(.*)$/.exec(text);
  const op = m?.[1] ?? "=";
  const raw: Scalar = m ? (m[2] ?? "") : criterion;
  const n =
    typeof raw === "number"
      ? raw
      : typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw))
        ? Number(raw)
        : undefined;
  return (v) => {
    if (isError(v)) return false;
    let cmp: number;
    if (n !== undefined && typeof v === "number") cmp = v < n ? -1 : v > n ? 1 : 0;
    else if (n === undefined && typeof v === "string") {
      const a = v.toLowerCase();
      const b = toText(raw).toLowerCase();
      cmp = a < b ? -1 : a > b ? 1 : 0;
    } else return op === "<>";
    return { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[op] ?? false;
  };
}

function conditional(name: "SUMIF" | "COUNTIF", values: readonly Value[], source: CellSource): Scalar {
  const range = values[0];
  if (range === undefined || !isRefValue(range)) return err("#VALUE!");
  const test = matcher(scalar(values[1] ?? null, source));
  const sumRange = values[2];
  const target = sumRange !== undefined && isRefValue(sumRange) ? sumRange.range : range.range;
  const { sheet, r0, c0, r1, c1 } = range.range;
  let total = 0;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      if (!test(source(sheet, r, c))) continue;
      if (name === "COUNTIF") total++;
      else {
        const v = source(target.sheet, target.r0 + (r - r0), target.c0 + (c - c0));
        if (typeof v === "number") total += v;
      }
    }
  }
  return total;
}

function call(name: string, args: readonly Node[], source: CellSource): Scalar {
  const lazy = (i: number): Scalar => {
    const a = args[i];
    return a === undefined ? null : scalar(evalNode(a, source), source);
  };
  switch (name) {
    case "IF": {
      const c = lazy(0);
      if (isError(c)) return c;
      const t = toNumber(c);
      if (isError(t)) return t;
      return t !== 0 ? (args.length > 1 ? (lazy(1) ?? 0) : true) : args.length > 2 ? (lazy(2) ?? 0) : false;
    }
    case "IFERROR": {
      const v = lazy(0);
      return isError(v) ? lazy(1) : v;
    }
  }
  const values = args.map((a) => evalNode(a, source));
  if (name === "SUMIF" || name === "COUNTIF") return conditional(name, values, source);
  const nums = numbersOf(values, source);
  if (isError(nums)) return nums;
  const num = (i: number): number | ErrorValue => toNumber(scalar(values[i] ?? null, source));
  switch (name) {
    case "SUM":
      return finite(nums.reduce((s, x) => s + x, 0));
    case "MIN":
      return nums.length === 0 ? 0 : Math.min(...nums);
    case "MAX":
      return nums.length === 0 ? 0 : Math.max(...nums);
    case "AVERAGE":
      return nums.length === 0 ? err("#DIV/0!") : nums.reduce((s, x) => s + x, 0) / nums.length;
    case "COUNT":
      return nums.length;
    case "AND":
      return nums.every((x) => x !== 0);
    case "OR":
      return nums.some((x) => x !== 0);
    case "NOT":
      return nums[0] === 0;
    case "ABS":
    case "INT": {
      const x = num(0);
      if (isError(x)) return x;
      return name === "ABS" ? Math.abs(x) : Math.floor(to15(x));
    }
    case "ROUND":
    case "ROUNDDOWN":
    case "ROUNDUP": {
      if (args.length !== 2) return err("#VALUE!");
      const x = num(0);
      const d = num(1);
      if (isError(x)) return x;
      if (isError(d)) return d;
      return roundTo(x, d, name === "ROUND" ? "near" : name === "ROUNDDOWN" ? "down" : "up");
    }
    default:
      return err("#NAME?");
  }
}
