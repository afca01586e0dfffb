/**
 * Dates as Excel stores them: serial day numbers (1 = 1900-01-01, 45292 = 2024-01-01), in the
 * 1900 date system that Excel for Windows, Mac (since 2011) and the web use by default.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's last day, 31/12/9999: a larger number under a date format shows as ##### in Excel. */
export const SERIAL_MAX = 2_958_465;
/** Serial number of 1970-01-01 (Excel counts from 1899-12-30 once its 1900 leap-year bug is passed). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Serial number of a calendar day, or `undefined` if the day does not exist (31/02) or is outside Excel's days. */
export function serialFromParts(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial >= 1 && serial <= SERIAL_MAX ? serial : undefined;
}

/** Serial number of a JavaScript date read as UTC (as exceljs hands dates over). */
export function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * The calendar day of a serial number, "2024-12-31". A number outside Excel's days (below 1, above
 * {@link SERIAL_MAX}, not finite) is written as the number itself: never « Invalid time value ».
 */
export function isoFromSerial(serial: number): string {
  if (!(serial >= 1 && serial < SERIAL_MAX + 1)) return String(serial);
  return new Date(Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
}

const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a date: a serial number of Excel's days (1 to {@link SERIAL_MAX}), a JavaScript Date, or text "31/12/2024", "31-12-24", "31.12.2024",
 * "2024-12-31" (a time after it is accepted and ignored). Two-digit years are 20xx.
 * Returns `undefined` when the value is not a date.
 */
export function readDateValue(value: unknown): number | undefined {
  if (typeof value === "number") return value >= 1 && value < SERIAL_MAX + 1 ? value : undefined;
  if (value instanceof Date) return readDateValue(serialFromDate(value));
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  const fr = FRENCH.exec(s);
  if (fr) {
    const y = Number(fr[3]);
    return serialFromParts(y < 100 ? 2000 + y : y, Number(fr[2]), Number(fr[1]));
  }
  const iso = ISO.exec(s);
  if (iso) return serialFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return readDateValue(Number(s.replace(",", ".")));
  return undefined;
}
