/**
 * Data validation of the simulated workbook, list rules only (learn.microsoft.com, « Add data
 * validation to Excel ranges », « Excel.DataValidation », « Excel.ListDataValidation », ExcelApi 1.8):
 * - a rule holds exactly one type of criteria (« No more than one of these properties may be present
 *   in any DataValidationRule object »); only `list` is simulated, another type is refused rather than
 *   silently accepted;
 * - a list's source is a comma-delimited text or a range; Excel keeps a typed list to 255 characters
 *   (« Data validation specifications and limits », support.microsoft.com) and a source range must be
 *   one row or one column: anything else is refused (InvalidArgument);
 * - a rule set on cells that had one replaces it there; `clear()` removes the rules from the range's
 *   cells only (« only the overlapping cells, if any, of the two ranges are cleared »);
 * - every member is ExcelApi 1.8: ApiNotFound on an older host (api-sets.ts).
 */
import type { DataValidationLike, DataValidationRuleLike } from "../src/excel/api";
import { requireSet } from "./api-sets";
import { SimProxy, type SimContext } from "./context";
import { simError } from "./errors";
import type { Box, SheetModel, Validation } from "./model";

/** Excel's limit on a list typed as text. */
export const LIST_TEXT_LIMIT = 255;

const overlaps = (a: Box, b: Box): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** `a` less `b`: up to four boxes (above, below, left, right of the overlap). */
export function subtractBox(a: Box, b: Box): Box[] {
  if (!overlaps(a, b)) return [a];
  const out: Box[] = [];
  if (a.r0 < b.r0) out.push({ ...a, r1: b.r0 - 1 });
  if (a.r1 > b.r1) out.push({ ...a, r0: b.r1 + 1 });
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push({ r0, r1, c0: a.c0, c1: b.c0 - 1 });
  if (a.c1 > b.c1) out.push({ r0, r1, c0: b.c1 + 1, c1: a.c1 });
  return out;
}

/** Removes every rule from the cells of `box`. */
export function clearValidations(sheet: SheetModel, box: Box): void {
  sheet.validations = sheet.validations.flatMap((v) => subtractBox(v.box, box).map((rest) => ({ ...v, box: rest })));
}

/** What a range resolves to at sync: its sheet and cells, or a description of it for the source. */
export interface ValidationHost {
  target(): { sheet: SheetModel; box: Box };
  /** « 'Journal du flux'!K2:K9 » for a range given as a list's source. */
  sourceOf(source: unknown): { box: Box; address: string } | undefined;
}

/** The literal or range source of a list, checked as Excel checks it. */
function listSource(host: ValidationHost, source: unknown): string {
  if (typeof source === "string") {
    const text = source.trim();
    if (text === "") throw simError("InvalidArgument", "La source d'une liste de validation est vide.");
    if (text.length > LIST_TEXT_LIMIT) {
      throw simError(
        "InvalidArgument",
        `Liste de validation de ${text.length} caractères : Excel en accepte ${LIST_TEXT_LIMIT} au plus tapés en texte (donnez une plage).`,
      );
    }
    return text;
  }
  const range = host.sourceOf(source);
  if (range === undefined)
    throw simError("InvalidArgument", "La source d'une liste de validation est un texte ou une plage de ce classeur.");
  if (range.box.r0 !== range.box.r1 && range.box.c0 !== range.box.c1) {
    throw simError(
      "InvalidArgument",
      `La source ${range.address} d'une liste de validation doit être une seule ligne ou une seule colonne.`,
    );
  }
  return `=${range.address}`;
}

export class SimDataValidation extends SimProxy implements DataValidationLike {
  constructor(
    ctx: SimContext,
    what: string,
    private readonly host: ValidationHost,
  ) {
    super(ctx, `la validation de ${what}`);
    this.resolved(false);
  }

  protected defaultProps(): string[] {
    return ["rule", "type"];
  }
  protected snapshot(prop: string): unknown {
    requireSet(this.ctx, 8, "Range.dataValidation");
    const { sheet, box } = this.host.target();
    const found = sheet.validations.filter((v) => overlaps(v.box, box));
    const whole =
      found.length === 1 && found[0] !== undefined && subtractBox(box, found[0].box).length === 0
        ? found[0]
        : undefined;
    if (prop === "type") return found.length === 0 ? "None" : whole ? "List" : "Inconsistent";
    if (prop === "rule") return whole ? { list: { inCellDropDown: whole.inCellDropDown, source: whole.source } } : {};
    return undefined;
  }

  get rule(): DataValidationRuleLike {
    return this.read("rule");
  }
  set rule(rule: DataValidationRuleLike) {
    this.ctx.log(
      this.what,
      "rule",
      JSON.stringify(rule, (k, v: unknown) => (k === "source" && typeof v === "object" ? "(plage)" : v)),
    );
    const copy = { ...rule } as Record<string, unknown>;
    this.ctx.enqueue(
      () => {
        requireSet(this.ctx, 8, "Range.dataValidation");
        const kinds = Object.keys(copy).filter((k) => copy[k] !== undefined);
        if (kinds.length !== 1)
          throw simError(
            "InvalidArgument",
            `Une règle de validation porte exactement un critère (ici : ${kinds.join(", ") || "aucun"}).`,
          );
        if (kinds[0] !== "list")
          throw simError("InvalidArgument", `Règle « ${kinds[0] ?? ""} » non simulée : seules les listes le sont.`);
        const list = copy.list as { inCellDropDown?: boolean; source?: unknown };
        const { sheet, box } = this.host.target();
        const validation: Validation = {
          box,
          inCellDropDown: list.inCellDropDown !== false,
          source: listSource(this.host, list.source),
        };
        clearValidations(sheet, box);
        sheet.validations.push(validation);
      },
      typeof rule.list?.source === "string" ? rule : { list: { inCellDropDown: rule.list?.inCellDropDown } },
    );
  }

  clear(): void {
    this.ctx.log(this.what, "clear", "");
    this.ctx.enqueue(() => {
      requireSet(this.ctx, 8, "DataValidation.clear");
      const { sheet, box } = this.host.target();
      clearValidations(sheet, box);
    });
  }

  load(props?: string | string[]): DataValidationLike {
    this.queueLoad(props);
    return this;
  }
}
