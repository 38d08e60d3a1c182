/**
 * `putokaz reported-contacts add|remove|list|import`: the list of reported contacts, kept by staff at the
 * server console. Values are normalized with core's functions (the ones the public app uses), so
 * "+381 60 555 0123" and "060/555-0123" are one entry. Every change is audited (actor: the system, via cli).
 *
 * Exit codes: 0 done; 1 the command failed (a value that cannot be normalized, a contact that is not listed,
 * an unreadable file); 2 for import when some lines had errors (each is reported, the rest are imported).
 */
import { readFile } from 'node:fs/promises';
import { CommanderError, type Command } from 'commander';
import type { CliCommandContext } from '../../cli-context.js';
import { parseCsv, CsvSyntaxError } from './csv.js';
import {
  CONTACT_KINDS,
  InvalidContactError,
  ReportedContactStore,
  isContactKind,
  type AddOutcome,
  type ContactActor,
  type ContactKind,
} from './store.js';

/** Longest note kept with a contact. */
export const MAX_NOTE_LENGTH = 500;

const CLI_ACTOR: ContactActor = { user: null, via: 'cli' };

/** A value given on the command line or in an import line that cannot be used. */
class InputError extends Error {}

function kindOf(value: string): ContactKind {
  if (!isContactKind(value)) throw new InputError(`--kind must be one of ${CONTACT_KINDS.join(', ')}`);
  return value;
}

function checkNote(note: string | undefined): string | null {
  if (note === undefined || note.trim() === '') return null;
  if (note.length > MAX_NOTE_LENGTH)
    throw new InputError(`the note can have at most ${MAX_NOTE_LENGTH} characters`);
  return note;
}

const ADD_MESSAGES: Readonly<Record<AddOutcome, string>> = {
  added: 'added',
  noteUpdated: 'already listed; note updated',
  unchanged: 'already listed; nothing changed',
};

export function registerReportedContactCommands(program: Command, ctx: CliCommandContext): void {
  const contacts = program
    .command('reported-contacts')
    .description(
      'contacts (phone, email, domain) reported in fraudulent offers; the public app checks against them by hash prefix',
    );

  contacts
    .command('add')
    .description('add a contact (normalized first; adding it again changes nothing, or only the note)')
    .requiredOption('--kind <kind>', CONTACT_KINDS.join('|'))
    .requiredOption('--value <value>', 'the phone number, e-mail address or domain, as written')
    .option('--note <note>', 'a note for staff (stored encrypted, never published)')
    .action(async (options: { kind: string; value: string; note?: string }) => {
      const kind = kindOf(options.kind);
      const note = checkNote(options.note);
      await ctx.withSecrets(async ({ db, dialect }, { keyring }) => {
        const store = new ReportedContactStore(db, dialect, keyring);
        const { outcome, normalized } = await store.add(kind, options.value, note, CLI_ACTOR);
        ctx.io.out(`${ADD_MESSAGES[outcome]}: ${kind} ${normalized}\n`);
      });
    });

  contacts
    .command('remove')
    .description('remove a contact (exit code 1 when it is not listed)')
    .requiredOption('--kind <kind>', CONTACT_KINDS.join('|'))
    .requiredOption('--value <value>', 'the phone number, e-mail address or domain, as written')
    .action(async (options: { kind: string; value: string }) => {
      const kind = kindOf(options.kind);
      await ctx.withSecrets(async ({ db, dialect }, { keyring }) => {
        const store = new ReportedContactStore(db, dialect, keyring);
        const { normalized } = await store.identify(kind, options.value);
        if (!(await store.remove(kind, options.value, CLI_ACTOR))) {
          throw new Error(`${kind} ${normalized} is not in the list; nothing removed`);
        }
        ctx.io.out(`removed: ${kind} ${normalized}\n`);
      });
    });

  contacts
    .command('list')
    .description(
      'print every reported contact, decrypted: kind, value, added at, note (tab-separated; audited)',
    )
    .action(async () => {
      await ctx.withSecrets(async ({ db, dialect }, { keyring }) => {
        const list = await new ReportedContactStore(db, dialect, keyring).list(CLI_ACTOR);
        for (const c of list) {
          const note = c.note === null ? '' : c.note.replace(/\s+/g, ' ');
          ctx.io.out(`${c.kind}\t${c.value}\t${c.addedAt}\t${note}\n`);
        }
        ctx.io.err(`${list.length} reported contact(s)\n`);
      });
    });

  contacts
    .command('import')
    .description(
      'add the contacts of a CSV file with the header kind,value,note; a bad line is reported and skipped ' +
        '(exit code 2), the others are added',
    )
    .argument('<file>', 'CSV file (UTF-8)')
    .action(async (file: string) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new Error(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new Error(`${file} is not valid UTF-8 text`);
      }
      let records;
      try {
        records = parseCsv(text);
      } catch (error) {
        if (error instanceof CsvSyntaxError) throw new Error(`${file}: line ${error.line}: ${error.message}`);
        throw error;
      }
      const [header, ...rows] = records;
      const columns = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
      if (columns[0] !== 'kind' || columns[1] !== 'value' || (columns.length > 2 && columns[2] !== 'note')) {
        throw new Error(`${file}: the first line must be the header kind,value,note`);
      }
      const counts: Record<AddOutcome, number> & { errors: number } = {
        added: 0,
        noteUpdated: 0,
        unchanged: 0,
        errors: 0,
      };
      await ctx.withSecrets(async ({ db, dialect }, { keyring }) => {
        const store = new ReportedContactStore(db, dialect, keyring);
        for (const { line, fields } of rows) {
          if (fields.every((f) => f.trim() === '')) continue;
          try {
            if (fields.length > columns.length)
              throw new InputError(`expected at most ${columns.length} fields`);
            const kind = (fields[0] ?? '').trim();
            if (!isContactKind(kind)) throw new InputError(`kind must be one of ${CONTACT_KINDS.join(', ')}`);
            const value = (fields[1] ?? '').trim();
            if (!value) throw new InputError('the value is empty');
            const note = checkNote(fields[2]);
            const { outcome } = await store.add(kind, value, note, CLI_ACTOR);
            counts[outcome]++;
          } catch (error) {
            if (!(error instanceof InputError || error instanceof InvalidContactError)) throw error;
            counts.errors++;
            ctx.io.err(`${file}: line ${line}: ${error.message}\n`);
          }
        }
      });
      ctx.io.out(
        `imported ${file}: ${counts.added} added, ${counts.noteUpdated} note(s) updated, ` +
          `${counts.unchanged} already listed, ${counts.errors} line(s) with errors\n`,
      );
      if (counts.errors > 0) throw new CommanderError(2, 'putokaz.someLinesFailed', '');
    });
}
