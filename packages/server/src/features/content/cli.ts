/**
 * `putokaz content import [DIR]`: loads the repository's content files (`DIR/alerts/<slug>.<locale>.md` and
 * `DIR/pages/<page-id>.<locale>.md`, default `./content`) into the database. Idempotent: new alerts and translations are added, a changed file
 * updates a translation nobody edited in the console since the last import, and a translation edited in the
 * console is never overwritten (it is reported as skipped). Audited (actor: the system, via cli).
 *
 * Exit codes: 0 done; 1 the directory cannot be read; 2 some files had problems (each is reported, the other
 * alerts and pages are imported).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommanderError, type Command } from 'commander';
import type { CliCommandContext } from '../../cli-context.js';
import { AlertStore, type ImportOutcome, type ImportResult } from './alert-store.js';
import { readAlertFiles } from './content-files.js';
import { readPageFiles, type PageFile } from './page-files.js';
import { PageStore, type PageImportResult } from './page-store.js';

export function registerContentCommands(program: Command, ctx: CliCommandContext): void {
  const content = program
    .command('content')
    .description(
      'public content kept in the repository (scam alerts, informational pages): see docs/content.md',
    );

  content
    .command('import')
    .description(
      'load content/alerts/<slug>.<locale>.md and content/pages/<page-id>.<locale>.md into the database: ' +
        'adds new ones, updates unedited ones, ' +
        'never overwrites a text edited in the console (reported as skipped)',
    )
    .argument('[dir]', 'the content directory (holding alerts/ and pages/)', 'content')
    .action(async (dir: string) => {
      const root = resolve(dir);
      const { alerts, problems, files } = await readAlertFiles(root);
      // The pages folder is optional (a content folder with alerts only still imports).
      const pageFiles = existsSync(join(root, 'pages'))
        ? await readPageFiles(root)
        : { pages: [] as PageFile[], problems: [], files: 0 };
      problems.push(...pageFiles.problems);
      for (const problem of problems) ctx.io.err(`${problem.file}: ${problem.message}\n`);
      const results: ImportResult[] = [];
      const pageResults: PageImportResult[] = [];
      await ctx.withSecrets(async ({ db, dialect }) => {
        const store = new AlertStore(db, dialect);
        for (const alert of alerts) results.push(...(await store.importAlert(alert)));
        const pages = new PageStore(db, dialect);
        for (const page of pageFiles.pages) pageResults.push(...(await pages.importPage(page)));
      });
      const count = (outcome: ImportOutcome) => results.filter((r) => r.outcome === outcome).length;
      ctx.io.out(
        `imported ${root}: ${files} file(s), ${alerts.length} alert(s); translations: ${count('added')} added, ` +
          `${count('updated')} updated, ${count('unchanged')} unchanged, ` +
          `${count('skippedEdited') + count('skippedDeleted')} skipped\n`,
      );
      for (const r of results) {
        if (r.outcome === 'skippedEdited')
          ctx.io.out(`skipped ${r.slug} ${r.locale}: edited in the console since the last import; kept\n`);
        if (r.outcome === 'skippedDeleted')
          ctx.io.out(`skipped ${r.slug} ${r.locale}: the alert was deleted in the console\n`);
      }
      const pageCount = (outcome: ImportOutcome) => pageResults.filter((r) => r.outcome === outcome).length;
      ctx.io.out(
        `pages: ${pageFiles.files} file(s), ${pageFiles.pages.length} page(s); translations: ` +
          `${pageCount('added')} added, ${pageCount('updated')} updated, ${pageCount('unchanged')} unchanged, ` +
          `${pageCount('skippedEdited')} skipped\n`,
      );
      for (const r of pageResults) {
        if (r.outcome === 'skippedEdited')
          ctx.io.out(
            `skipped page ${r.slug} ${r.locale}: edited in the console since the last import; kept\n`,
          );
      }
      if (problems.length) {
        ctx.io.err(`${problems.length} file problem(s): those alerts and pages were not imported\n`);
        throw new CommanderError(2, 'putokaz.someFilesFailed', '');
      }
    });
}
