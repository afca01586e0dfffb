/**
 * The one result type of GEF's fallible domain calls: a value, or the refusals that prevent it.
 *
 * A failure always carries the list of what is wrong (`errors`, never empty: a rule list read from
 * the workbook reports every faulty rule, not only the first) and, for the callers that report a
 * single line (a custom function's cell, a CLI exit), `error`, the first of them. Each refusal is a
 * catalogue entry ({@link Problem}): a typed code and its French message. Validating what a user
 * typed returns a failed Result; the domain throws only for programming errors (see {@link bug}).
 */
import type { GefError } from "./functions";

/** One refusal: a stable code of the catalogue and its French message. */
export interface Problem<C extends string = string> {
  readonly code: C;
  readonly message: string;
}

/** A value, or why it cannot be given. */
export type Result<T, E = GefError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E; readonly errors: readonly [E, ...E[]] };

/** A successful {@link Result}. */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/** A failed {@link Result} carrying every refusal found (the first one is also `error`). */
export function failWith<E>(
  first: E,
  ...others: readonly E[]
): { readonly ok: false; readonly error: E; readonly errors: readonly [E, ...E[]] } {
  return { ok: false, error: first, errors: [first, ...others] };
}

/** A failed {@link Result} from a non-empty list, or a successful one with `value` when the list is empty. */
export function resultOf<T, E>(value: T, errors: readonly E[]): Result<T, E> {
  const [first, ...others] = errors;
  return first === undefined ? ok(value) : failWith(first, ...others);
}

/**
 * A programming error: a state the types or the callers' checks say cannot happen. Never thrown
 * because of what a user typed or a workbook holds (those are failed Results); its message says
 * which invariant broke, for the bug report.
 */
export class GefBug extends Error {
  override readonly name = "GefBug";
}

/** Throws a {@link GefBug}: for programming errors only. */
export function bug(message: string): never {
  throw new GefBug(message);
}
