/**
 * The byte-level checks of an uploaded CSV file, before any parsing: empty, over the size
 * limit, binary (a spreadsheet, an image, an archive), not UTF-8. {@link CsvBytesReader} takes
 * the file in slices (so a worker can stream a large file and report progress) and yields the
 * decoded text. Pure: no DOM, no I/O.
 */

/** Largest file the lab accepts: 50 MiB (the full IMDB set as CSV is about 65 MB). */
export const CSV_MAX_BYTES = 50 * 1024 * 1024;

/** What can be wrong with an uploaded file. */
export type CsvProblemKind =
  | 'empty-file'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'wrong-delimiter'
  | 'missing-column'
  | 'ragged-row'
  | 'empty-text'
  | 'unknown-label'
  | 'one-class'
  | 'too-few-rows';

/** One problem, with a message for the reader and the rows concerned (header = row 1), if any. */
export interface CsvProblem {
  kind: CsvProblemKind;
  message: string;
  rows?: number[];
  /** The message as a template code and its values, for the page to translate (src/widgets/sentiment-lab/csv-text.ts). */
  text?: CsvText;
}

/** Which message a problem has (one per wording), with the values that fill it in. */
export interface CsvText {
  code: string;
  values?: Record<string, string | number>;
  /** The rows named at the start of the message ("Rows 2, 3 and 15 more"): the first few, and how many more. */
  names?: { rows: number[]; more: number };
}

/** "51.2 MB" / "3.4 kB"-style sizes in the messages (binary units, like the limit). */
export function formatFileSize(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** An empty-file or too-large problem from the size alone (known before reading), else null. */
export function checkFileSize(size: number, limit = CSV_MAX_BYTES): CsvProblem | null {
  if (size === 0) return { kind: 'empty-file', message: 'The file is empty (0 bytes).', text: { code: 'emptyBytes' } };
  if (size > limit) {
    return {
      kind: 'too-large',
      message: `The file is ${formatFileSize(size)}; the limit is ${formatFileSize(limit)}. Use fewer rows.`,
      text: { code: 'tooLarge', values: { size: formatFileSize(size), limit: formatFileSize(limit) } },
    };
  }
  return null;
}

const SIGNATURES: { bytes: number[]; what: string; id: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel/OpenDocument spreadsheet', id: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) or Word file', id: 'xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', id: 'pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', id: 'png' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', id: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', id: 'gif' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', id: 'gzip' },
];

/**
 * A 'binary' or 'not-utf8' (UTF-16) problem judged from the first bytes of a file, else null:
 * a known file signature, a UTF-16 byte-order mark, a NUL byte, or more than 1 % control
 * characters other than tab, line feed, form feed and carriage return.
 */
export function checkFileStart(head: Uint8Array): CsvProblem | null {
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts([0xff, 0xfe]) || starts([0xfe, 0xff])) {
    return {
      kind: 'not-utf8',
      message: 'The file is UTF-16 text, not UTF-8. Save it again as "CSV UTF-8" (comma delimited).',
      text: { code: 'utf16' },
    };
  }
  const known = SIGNATURES.find((s) => starts(s.bytes));
  const save = 'Save or export it as "CSV UTF-8" and upload that.';
  if (known) {
    return {
      kind: 'binary',
      message: `This is ${known.what}, not a CSV text file. ${save}`,
      text: { code: 'knownBinary', values: { what: known.id } },
    };
  }
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      return {
        kind: 'binary',
        message: `This is a binary file (it contains NUL bytes), not CSV text. ${save}`,
        text: { code: 'nulBinary' },
      };
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  if (control > head.length / 100) {
    return {
      kind: 'binary',
      message: `This looks like a binary file (many control characters), not CSV text. ${save}`,
      text: { code: 'controlBinary' },
    };
  }
  return null;
}

/** Bytes judged by {@link checkFileStart}. */
const HEAD_BYTES = 8192;

/** Length of a UTF-8 sequence from its first byte (0 = not a valid first byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Whether `b` may follow first byte `first` as the second byte (excludes overlongs and surrogates). */
function validSecond(first: number, b: number): boolean {
  if (first === 0xe0) return b >= 0xa0 && b <= 0xbf;
  if (first === 0xed) return b >= 0x80 && b <= 0x9f;
  if (first === 0xf0) return b >= 0x90 && b <= 0xbf;
  if (first === 0xf4) return b >= 0x80 && b <= 0x8f;
  return b >= 0x80 && b <= 0xbf;
}

/**
 * Reads a file slice by slice: checks the first slice for binary content, validates UTF-8 across
 * slice boundaries (naming the line and byte of the first invalid byte), and decodes the text
 * (a UTF-8 byte-order mark is dropped). Call {@link push} for each slice, then {@link finish}.
 */
export class CsvBytesReader {
  private problem: CsvProblem | null;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parts: string[] = [];
  private offset = 0;
  private line = 1;
  /** The first bytes of the file, kept until there are enough to judge them ({@link checkFileStart}). */
  private head: Uint8Array | null = new Uint8Array(0);
  /** The bytes of a sequence still waiting for continuation bytes. */
  private pending: number[] = [];
  private expected = 0;

  constructor(
    readonly size: number,
    limit = CSV_MAX_BYTES,
  ) {
    this.problem = checkFileSize(size, limit);
  }

  /** Takes the next slice; returns the problem found so far (null while all is well). */
  push(slice: Uint8Array): CsvProblem | null {
    if (this.problem) return this.problem;
    this.checkHead(slice);
    const invalid = this.problem ? null : this.validate(slice);
    if (invalid) {
      // A file signature explains bad bytes better than "not UTF-8": judge the head now.
      this.checkHead(new Uint8Array(0), true);
      this.problem ??= invalid;
    }
    if (!this.problem) this.parts.push(this.decoder.decode(slice, { stream: true }));
    return this.problem;
  }

  /** The whole text, or the problem that stopped the reading. */
  finish(): { text: string } | { problem: CsvProblem } {
    this.checkHead(new Uint8Array(0), true);
    if (!this.problem && this.expected > 0)
      this.problem = this.invalid(this.offset - this.pending.length, this.pending[0]);
    if (this.problem) return { problem: this.problem };
    const text = this.parts.join('') + this.decoder.decode();
    if (text.trim() === '') {
      return {
        problem: {
          kind: 'empty-file',
          message: 'The file holds no text (only blank lines or spaces).',
          text: { code: 'noText' },
        },
      };
    }
    return { text };
  }

  /** Collects the first {@link HEAD_BYTES} bytes, then runs {@link checkFileStart} on them once. */
  private checkHead(slice: Uint8Array, last = false): void {
    if (!this.head) return;
    const room = HEAD_BYTES - this.head.length;
    if (slice.length > 0 && room > 0) {
      const grown = new Uint8Array(this.head.length + Math.min(room, slice.length));
      grown.set(this.head);
      grown.set(slice.subarray(0, room), this.head.length);
      this.head = grown;
    }
    if (this.head.length >= HEAD_BYTES || last) {
      this.problem ??= checkFileStart(this.head);
      this.head = null;
    }
  }

  private invalid(at: number, byte: number): CsvProblem {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      kind: 'not-utf8',
      message:
        `The file is not UTF-8 text: byte ${hex} on line ${this.line} (byte ${at + 1} of the file) is not valid UTF-8. ` +
        'It was probably saved as Latin-1 or Windows-1252: save it again as "CSV UTF-8".',
      text: { code: 'notUtf8', values: { hex, line: this.line, at: at + 1 } },
    };
  }

  private validate(slice: Uint8Array): CsvProblem | null {
    for (let i = 0; i < slice.length; i++) {
      const b = slice[i];
      const at = this.offset + i;
      if (this.expected > 0) {
        const ok = this.pending.length === 1 ? validSecond(this.pending[0], b) : b >= 0x80 && b <= 0xbf;
        if (!ok) return this.invalid(at - this.pending.length, this.pending[0]);
        this.pending.push(b);
        if (--this.expected === 0) this.pending = [];
        continue;
      }
      if (b === 0x0a) this.line++;
      if (b === 0) {
        return {
          kind: 'binary',
          message: `This is a binary file (a NUL byte on line ${this.line}), not CSV text.`,
          text: { code: 'nulLine', values: { line: this.line } },
        };
      }
      const n = sequenceLength(b);
      if (n === 0) return this.invalid(at, b);
      if (n > 1) {
        this.pending = [b];
        this.expected = n - 1;
      }
    }
    this.offset += slice.length;
    return null;
  }
}

/** The whole byte pipeline on bytes in memory, in slices of `sliceBytes` (tests use small slices). */
export function decodeCsvBytes(
  bytes: Uint8Array,
  limit = CSV_MAX_BYTES,
  sliceBytes = 1 << 20,
): { text: string } | { problem: CsvProblem } {
  const reader = new CsvBytesReader(bytes.length, limit);
  for (let start = 0; start < bytes.length; start += sliceBytes) {
    if (reader.push(bytes.subarray(start, start + sliceBytes))) break;
  }
  return reader.finish();
}
