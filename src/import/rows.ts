/**
 * A spreadsheet file (xlsx, or CSV the way Excel and others write it) as rows of cells, the same in
 * Node (the CLI) and in the browser (the builder). The parsing is done by libraries: read-excel-file
 * for xlsx, Papa Parse for CSV. This module only picks the text encoding and the separator.
 *
 * Row `i` of the result is spreadsheet row `i + 1`: nothing is skipped, so problems can name the
 * row the way the editor sees it.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';

/** One cell: text, a number, a truth value, a real date (xlsx date cells) or empty. */
export type Cell = string | number | boolean | Date | null;
export type Rows = Cell[][];

export interface ReadOptions {
  /**
   * Decodes Windows-1252 bytes. The default is the platform's `TextDecoder('windows-1252')`, which
   * is right in browsers; Node 20's maps 0x80–0x9F (– “ ” …) to control characters, so the CLI
   * passes a decoder from iconv-lite.
   */
  decodeWindows1252?: (bytes: Uint8Array) => string;
}

export interface SheetFile {
  rows: Rows;
  /** What was read, in words for the editor ("Excel (xlsx)", "CSV, UTF-8 med BOM, semikolon"). */
  format: string;
}

/** A problem with the file itself: nothing could be read. */
export class SheetReadError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Reads an xlsx or CSV file; the kind is told by the bytes (xlsx is a zip), not the file name. */
export async function readRows(bytes: Uint8Array, fileName = '', options: ReadOptions = {}): Promise<SheetFile> {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName) && bytes.length > 0) {
    throw new SheetReadError(
      /\.xls$/i.test(fileName)
        ? 'Filen är i det gamla Excel-formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.'
        : 'Filen heter .xlsx men är ingen Excel-arbetsbok. Spara den på nytt från Excel (.xlsx) eller som CSV.'
    );
  }
  return readCsv(bytes, options);
}

async function readXlsx(bytes: Uint8Array): Promise<SheetFile> {
  const copy = new Uint8Array(bytes).buffer;
  try {
    const rows = (await readSheet(copy)) as unknown as Rows;
    return { rows, format: 'Excel (xlsx)' };
  } catch (error) {
    throw new SheetReadError(
      `Excel-filen gick inte att läsa (${error instanceof Error ? error.message : String(error)}). Spara den på nytt som .xlsx eller CSV.`
    );
  }
}

function decodeText(bytes: Uint8Array, options: ReadOptions): { text: string; encoding: string } {
  if (startsWith(bytes, BOM))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 med BOM' };
  try {
    // Valid UTF-8 without a BOM (Google Sheets, LibreOffice, Numbers) is read as UTF-8 …
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // … anything else is Excel's "CSV (semikolonavgränsad)": Windows-1252 on Swedish Windows.
    const decode = options.decodeWindows1252 ?? ((b: Uint8Array) => new TextDecoder('windows-1252').decode(b));
    return { text: decode(bytes), encoding: 'Windows-1252' };
  }
}

function readCsv(bytes: Uint8Array, options: ReadOptions): SheetFile {
  const decoded = decodeText(bytes, options);
  const { encoding } = decoded;
  let { text } = decoded;
  // Excel's own hint line ("sep=;") names the separator; Excel does not show it as a row.
  const hint = /^sep=(.)\r?\n/.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const result = Papa.parse<string[]>(text, {
    delimiter: hint ? hint[1] : '',
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
  });
  const fatal = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (fatal) {
    throw new SheetReadError(
      `CSV-filen har ett citattecken som aldrig stängs (rad ${(fatal.row ?? 0) + 1}). Kontrollera cellen där texten börjar med ".`
    );
  }
  let rows: Rows = result.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  // Papa Parse keeps the empty line after the last line break as a row; a spreadsheet has no such row.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows = rows.slice(0, -1);
  const separator = { ';': 'semikolon', ',': 'komma', '\t': 'tabb' }[result.meta.delimiter] ?? result.meta.delimiter;
  return { rows, format: `CSV, ${encoding}, ${separator}` };
}

/** A cell as text (trimmed; line breaks kept as `\n`), or `''` when empty. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'Ja' : 'Nej';
  return cell.replace(/\r\n?/g, '\n').trim();
}

/** A date cell as `YYYY-MM-DD` (xlsx dates are days: read-excel-file gives midnight UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const isEmptyRow = (row: readonly Cell[] | undefined): boolean =>
  !row || row.every((cell) => cellText(cell) === '');
