/**
 * `putokaz check-offer`: the job-offer check at the command line, for the hotline (one offer, or a list of
 * scraped ads as JSON lines). Runs the same engine as the public app and the API; opens no database and keeps
 * nothing. Also registers `putokaz reported-contacts` (reported-contacts/cli.ts).
 *
 * Exit codes: 0 when every item was checked; 1 when the single input could not be checked (or the command
 * itself failed); 2 in --jsonl mode when some lines had errors (each has its error line in the output).
 */
import { readFile } from 'node:fs/promises';
import { LOCALES, isLocale, matchLocale, type Locale } from '@putokaz/core';
import { checkOffer, type OfferCheckResult } from '@putokaz/core/offer-check/all';
import { CommanderError, type Command } from 'commander';
import type { CliCommandContext } from '../../cli-context.js';
import { registerReportedContactCommands } from '../reported-contacts/cli.js';
import { formatOfferReport } from './report.js';
import { MAX_OFFER_TEXT } from './schemas.js';

/** The CLI's streams, plus how standard input is read (tests pass bytes without a process). */
export interface OfferCheckIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads standard input to its end; defaults to `process.stdin`. */
  readStdin?: () => Promise<Uint8Array>;
}

export async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The codes of a problem with one input item (stable: scripts may test them). */
export type ItemErrorCode =
  'invalidUtf8' | 'invalidJson' | 'missingId' | 'emptyText' | 'tooLong' | 'invalidLang' | 'checkFailed';

export class ItemError extends Error {
  constructor(
    readonly code: ItemErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ItemError';
  }
}

const decoder = () => new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return decoder().decode(bytes);
  } catch {
    throw new ItemError('invalidUtf8', `${what} is not valid UTF-8 text`);
  }
}

/** The text of one item, checked for emptiness and length. */
function offerText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '')
    throw new ItemError('emptyText', 'the text is missing or empty');
  if (text.length > MAX_OFFER_TEXT) {
    throw new ItemError(
      'tooLong',
      `the text has ${text.length} characters; at most ${MAX_OFFER_TEXT} are accepted`,
    );
  }
  return text;
}

function parseLocale(value: string): Locale {
  const locale = matchLocale(value);
  if (!locale) throw new Error(`--lang must be one of ${LOCALES.join(', ')}`);
  return locale;
}

/** One output line of --jsonl mode. */
export type JsonlOutput =
  | { id: string | number; risk: OfferCheckResult['risk']; score: number; indicators: string[] }
  | { id: string | number | null; line: number; error: { code: ItemErrorCode; message: string } };

/** Splits bytes into lines (LF or CRLF), keeping each line's 1-based number; blank lines are not items. */
function splitLines(bytes: Uint8Array): { line: number; bytes: Uint8Array }[] {
  const lines: { line: number; bytes: Uint8Array }[] = [];
  let start = 0;
  let number = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      let end = i;
      if (end > start && bytes[end - 1] === 0x0d) end--;
      const slice = bytes.subarray(start, end);
      if (slice.some((b) => b !== 0x20 && b !== 0x09)) lines.push({ line: number, bytes: slice });
      start = i + 1;
      number++;
    }
  }
  return lines;
}

/** Checks one JSON line `{"id","text","lang"?}`. */
export function checkJsonLine(bytes: Uint8Array, line: number, defaultLang: Locale): JsonlOutput {
  let id: string | number | null = null;
  try {
    const source = decodeUtf8(bytes, 'the line');
    let item: unknown;
    try {
      item = JSON.parse(source);
    } catch {
      throw new ItemError('invalidJson', 'the line is not valid JSON');
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ItemError('invalidJson', 'the line is not a JSON object');
    }
    const record = item as Record<string, unknown>;
    if (
      (typeof record.id === 'string' && record.id !== '') ||
      (typeof record.id === 'number' && Number.isFinite(record.id))
    ) {
      id = record.id;
    } else {
      throw new ItemError('missingId', 'the line has no "id" (a non-empty string or a number)');
    }
    const text = offerText(record.text);
    let lang = defaultLang;
    if (record.lang !== undefined) {
      if (!isLocale(record.lang))
        throw new ItemError('invalidLang', `"lang" must be one of ${LOCALES.join(', ')}`);
      lang = record.lang;
    }
    let result: OfferCheckResult;
    try {
      result = checkOffer({ text, lang });
    } catch (error) {
      // An engine failure on one ad must not stop a list of thousands: it is reported for that line.
      throw new ItemError('checkFailed', `the check failed (${(error as Error).name})`);
    }
    return { id, risk: result.risk, score: result.score, indicators: result.findings.map((f) => f.id) };
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    return { id, line, error: { code: error.code, message: error.message } };
  }
}

/** `putokaz check-offer` and `putokaz reported-contacts`. */
export function registerOfferCheckCommands(program: Command, ctx: CliCommandContext): void {
  const io = ctx.io as OfferCheckIo;
  const readStdin = io.readStdin ?? readProcessStdin;
  const readSource = async (file: string | undefined): Promise<Uint8Array> => {
    if (file === undefined || file === '-') {
      if (!io.readStdin && process.stdin.isTTY)
        io.err('reading the offer from standard input; end it with Ctrl-D\n');
      return readStdin();
    }
    try {
      return await readFile(file);
    } catch (error) {
      throw new Error(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };

  program
    .command('check-offer')
    .description(
      'check a job offer (a file, or standard input) and print the warning signs; nothing is stored. ' +
        'Exit code 0: checked; 1: the input could not be checked; 2 (--jsonl): some lines had errors',
    )
    .argument('[file]', 'file with the offer text, or "-" for standard input (the default)')
    .option('--lang <locale>', `language of the report: ${LOCALES.join(', ')}`, 'sr-Latn')
    .option('--json', 'print the full result as JSON')
    .option(
      '--jsonl',
      'read JSON lines {"id","text","lang"?} and write one line {"id","risk","score","indicators"} per input ' +
        '(or {"id","line","error":{"code","message"}} for an input that cannot be checked)',
    )
    .action(async (file: string | undefined, options: { lang: string; json?: boolean; jsonl?: boolean }) => {
      const lang = parseLocale(options.lang);
      const bytes = await readSource(file);
      if (options.jsonl) {
        let failed = 0;
        for (const { line, bytes: lineBytes } of splitLines(bytes)) {
          const output = checkJsonLine(lineBytes, line, lang);
          if ('error' in output) failed++;
          io.out(`${JSON.stringify(output)}\n`);
        }
        if (failed > 0) throw new CommanderError(2, 'putokaz.someItemsFailed', '');
        return;
      }
      let result: OfferCheckResult;
      try {
        const text = offerText(decodeUtf8(bytes, 'the input'));
        result = checkOffer({ text, lang });
      } catch (error) {
        if (!(error instanceof ItemError)) throw error;
        io.err(`putokaz: check-offer: ${error.message} (${error.code})\n`);
        throw new CommanderError(1, 'putokaz.itemFailed', '');
      }
      io.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatOfferReport(result));
    });

  registerReportedContactCommands(program, ctx);
}
