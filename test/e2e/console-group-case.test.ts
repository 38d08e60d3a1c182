/// <reference lib="dom" />
/**
 * The group case of the blueprint walked through the console in a real browser, once in sr-Latn and once in
 * en (the HTTP walk with every denial is packages/server/test/group-case.test.ts): a partner organisation
 * calls about nine workers back from Germany; the case worker records the contact in the contact form,
 * records two of the workers in the person form (duplicates checked first), opens the group case, finds the
 * nine by name across scripts or by code and adds them with their roles, records a food package and a
 * transport cost, records one worker's withdrawn consent, searches the persons across scripts ("Djordjevic"
 * finds "Đorđević", a name typed in Cyrillic finds it stored in Latin), meets a conflicting edit made by the
 * supervisor in another window (the 409 shows what changed and who changed it, nothing is overwritten),
 * and asks for one worker's erasure, which the supervisor approves: the identity is gone from the person
 * page, from the search and from the case, the code remains.
 *
 * To save time, seven of the nine persons are created through the API before the story starts (the person
 * form itself is walked for the other two), and the contact is recorded by the case worker (the role may
 * record contacts) rather than by a third, hotline account. Each language runs in its own team, so both
 * walks use the same synthetic names without seeing each other's records. Axe runs only on what no other
 * browser test covers: the erasure awaiting a supervisor's decision (sr-Latn) and an erased person (en).
 */
import type { Locale } from '@putokaz/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, failedResourceStatus, message } from './harness.js';
import { startConsoleHarness, type ConsoleHarness } from './console-harness.js';

interface Actor {
  email: string;
  name: string;
}

/** Per language: the team and its case worker and supervisor (a TOTP code is accepted once per account). */
const TEAMS: Readonly<Record<'sr-Latn' | 'en', { team: string; worker: Actor; supervisor: Actor }>> = {
  'sr-Latn': {
    team: 'Beograd',
    worker: { email: 'story.worker.sr@example.org', name: 'Radnica Pričić' },
    supervisor: { email: 'story.supervisor.sr@example.org', name: 'Supervizorka Pričić' },
  },
  en: {
    team: 'Novi Sad',
    worker: { email: 'story.worker.en@example.org', name: 'Worker Storyton' },
    supervisor: { email: 'story.supervisor.en@example.org', name: 'Supervisor Storyton' },
  },
};

type Role = 'victim' | 'presumedVictim' | 'witness';

interface PersonSeed {
  key: string;
  givenName: string;
  familyName: string;
  birthYear: number;
  role: Role;
  phones?: string[];
  /** How the worker finds the person when adding them to the case; the code when not given. */
  findAs?: string;
}

/** Recorded in the person form. Synthetic. */
const FORM_PERSONS: readonly PersonSeed[] = [
  {
    key: 'dragan',
    givenName: 'Dragan',
    familyName: 'Đorđević',
    birthYear: 1981,
    role: 'victim',
    phones: ['064 123 4567'],
    findAs: 'Djordjevic',
  },
  {
    key: 'nikola',
    givenName: 'Nikola',
    familyName: 'Jovanović',
    birthYear: 1986,
    role: 'victim',
    findAs: 'Никола Јовановић',
  },
];

/** Created through the API (Latin with diacritics, Serbian Cyrillic, one Ukrainian name). Synthetic. */
const API_PERSONS: readonly PersonSeed[] = [
  {
    key: 'milos',
    givenName: 'Милош',
    familyName: 'Петровић',
    birthYear: 1990,
    role: 'victim',
    findAs: 'Milos Petrovic',
  },
  { key: 'jelena', givenName: 'Јелена', familyName: 'Стојановић', birthYear: 1994, role: 'presumedVictim' },
  { key: 'stefan', givenName: 'Stefan', familyName: 'Milošević', birthYear: 1999, role: 'presumedVictim' },
  { key: 'zoran', givenName: 'Зоран', familyName: 'Николић', birthYear: 1975, role: 'presumedVictim' },
  { key: 'marko', givenName: 'Marko', familyName: 'Ilić', birthYear: 1992, role: 'victim' },
  {
    key: 'oleksandr',
    givenName: 'Олександр',
    familyName: 'Коваленко',
    birthYear: 1988,
    role: 'presumedVictim',
    findAs: 'Oleksandr Kovalenko',
  },
  { key: 'dejan', givenName: 'Дејан', familyName: 'Радовановић', birthYear: 1979, role: 'witness' },
];

let h: ConsoleHarness;

/** A regular expression for a catalog message whose `{name}` values are not known in advance. */
function messagePattern(locale: Locale, key: string, unknown: readonly string[]): RegExp {
  const values = Object.fromEntries(unknown.map((name, i) => [name, `\ue000${i}\ue000`]));
  const escaped = message(locale, key, values).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\ue000\d+\ue000/g, '.+?'));
}

describeBrowser('console: the group case from the first call to an erasure', () => {
  beforeAll(async () => {
    h = await startConsoleHarness('group-case');
    for (const { team, worker, supervisor } of Object.values(TEAMS)) {
      await h.createUser({ ...worker, role: 'caseworker', team });
      await h.createUser({ ...supervisor, role: 'supervisor', team });
    }
  });

  afterAll(async () => {
    await h?.stop();
  });

  for (const locale of ['sr-Latn', 'en'] as const) {
    it(`${locale}: contact, nine persons, group case, services, consent, search, conflict, erasure`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => message(locale, key, values);
      const { worker, supervisor } = TEAMS[locale];
      const url = h.server.url;
      const persons = new Map<string, { id: string; code: string }>();
      const person = (key: string) => {
        const found = persons.get(key);
        if (!found) throw new Error(`no person ${key}`);
        return found;
      };
      const nav = (page: Page, key: string) =>
        page
          .getByRole('navigation', { name: t('console.nav.label') })
          .getByRole('link', { name: t(key), exact: true })
          .click();
      /** The persons page's search box: searches and waits for the result row of the person `code`. */
      const findPerson = async (page: Page, query: string, code: string) => {
        await page.getByLabel(t('console.persons.searchLabel'), { exact: true }).fill(query);
        await page.getByRole('button', { name: t('console.persons.searchSubmit'), exact: true }).click();
        const row = page
          .getByRole('table', { name: t('console.persons.searchCaption') })
          .getByRole('row')
          .filter({ has: page.getByRole('link', { name: code, exact: true }) });
        await row.waitFor();
        return row;
      };
      /** The same search, answered with "nothing found". */
      const findNobody = async (page: Page, query: string) => {
        await page.getByLabel(t('console.persons.searchLabel'), { exact: true }).fill(query);
        await page.getByRole('button', { name: t('console.persons.searchSubmit'), exact: true }).click();
        await page.getByRole('status').getByText(t('console.persons.noResults')).waitFor();
      };

      const workerApp = await h.newContext(locale);
      const supervisorApp = await h.newContext(locale);
      try {
        const page = await workerApp.context.newPage();
        await h.signIn(page, locale, worker.email);

        // 1. The partner organisation calls: the contact form, filled during the call.
        await nav(page, 'console.contacts.nav');
        await page.getByRole('link', { name: t('console.contacts.new') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.contacts.newTitle') }).waitFor();
        const phone = page.getByLabel(t('console.contacts.field.callerPhone'), { exact: true });
        await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.type('011 555 0199');
        await page
          .getByLabel(t('console.contacts.field.callerName'), { exact: true })
          .fill('Savetnica Primerka (partner)');
        const choose = (legend: string, choice: string) =>
          page
            .getByRole('group', { name: t(legend), exact: true })
            .getByRole('radio', { name: t(choice), exact: true })
            .check();
        await choose('console.contacts.field.callerKind', 'contacts.callerKind.professional');
        await choose('console.contacts.field.channel', 'contacts.channel.institutionReferral');
        await choose('console.contacts.field.topic', 'contacts.topic.exploitationReport');
        await choose('console.contacts.field.urgency', 'contacts.urgency.high');
        await page
          .getByLabel(t('console.contacts.field.summary'), { exact: true })
          .fill('Nine workers back from a construction site in Germany, unpaid, documents kept (synthetic).');
        await page.getByLabel(t('console.contacts.field.durationMinutes'), { exact: true }).fill('18');
        await page.getByRole('button', { name: t('console.contacts.save'), exact: true }).click();
        const saved = page.getByText(messagePattern(locale, 'console.contacts.saved', ['code']));
        await saved.waitFor();
        expect(/K-\d{4}-\d+/.exec((await saved.textContent()) ?? '')?.[0]).toBeDefined();

        // 2. Seven of the nine through the API; two through the person form, duplicates checked first.
        for (const seed of API_PERSONS) {
          const created = await h.api<{ id: string; code: string }>(
            page,
            'POST',
            '/api/v1/persons',
            {
              givenName: seed.givenName,
              familyName: seed.familyName,
              sex: 'male',
              citizenships: seed.key === 'oleksandr' ? ['UA'] : ['RS'],
              birthDate: { year: seed.birthYear },
            },
            201,
          );
          persons.set(seed.key, created);
        }
        for (const seed of FORM_PERSONS) {
          await nav(page, 'console.persons.nav');
          await page.getByRole('link', { name: t('console.persons.create') }).click();
          await page.getByRole('heading', { level: 1, name: t('console.persons.createTitle') }).waitFor();
          await page.getByLabel(t('persons.field.givenName'), { exact: true }).fill(seed.givenName);
          await page.getByLabel(t('persons.field.familyName'), { exact: true }).fill(seed.familyName);
          await page.getByLabel(t('persons.field.birthDate'), { exact: true }).fill(String(seed.birthYear));
          if (seed.phones)
            await page.getByLabel(t('persons.field.phones'), { exact: true }).fill(seed.phones.join('\n'));
          await page.getByRole('button', { name: t('console.persons.checkDuplicates') }).click();
          await page.getByRole('heading', { level: 2, name: t('console.persons.candidatesTitle') }).waitFor();
          await page.getByText(t('console.persons.candidatesNone')).waitFor();
          await page.getByRole('button', { name: t('console.persons.createSubmit') }).click();
          await page.waitForURL(/\/console\/persons\/[0-9a-f-]{36}$/);
          const heading = page.getByRole('heading', { level: 1, name: /P-\d{4}-\d+/ });
          await heading.waitFor();
          const code = /P-\d{4}-\d+/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
          persons.set(seed.key, { id: page.url().split('/').at(-1) ?? '', code });
          await page.getByText(seed.familyName, { exact: true }).waitFor();
        }

        // 3. One group case; the nine found by name (across scripts) or code and added with their roles.
        await nav(page, 'console.cases.nav');
        await page.getByRole('link', { name: t('console.cases.new') }).click();
        await page.getByRole('heading', { level: 1, name: t('console.cases.newTitle') }).waitFor();
        await page.getByLabel(t('cases.field.kind'), { exact: true }).selectOption('group');
        await page.getByRole('checkbox', { name: t('cases.form.labour'), exact: true }).check();
        await page.getByLabel(t('cases.field.sector'), { exact: true }).selectOption('construction');
        await page.getByLabel(t('cases.field.periodFrom'), { exact: true }).fill('2026-03');
        await page
          .getByLabel(t('cases.field.narrative'), { exact: true })
          .fill('Nine workers recruited through an acquaintance; pay withheld, documents kept (synthetic).');
        await page.getByRole('button', { name: t('console.cases.create') }).click();
        const caseHeading = page.getByRole('heading', { level: 1, name: /C-\d{4}-\d+/ });
        await caseHeading.waitFor();
        const caseCode = /C-\d{4}-\d+/.exec((await caseHeading.textContent()) ?? '')?.[0] ?? '';
        const casePath = new URL(page.url()).pathname;

        for (const seed of [...FORM_PERSONS, ...API_PERSONS]) {
          const { code } = person(seed.key);
          await page.getByLabel(t('console.cases.addAs'), { exact: true }).selectOption(seed.role);
          await page.getByLabel(t('console.cases.findPerson'), { exact: true }).fill(seed.findAs ?? code);
          await page.getByRole('button', { name: t('console.cases.search'), exact: true }).click();
          await page
            .getByRole('list', { name: t('console.cases.searchResults') })
            .getByRole('button', { name: t('console.cases.addPerson', { code }) })
            .click();
          await page.getByText(t('console.cases.personAdded', { code })).waitFor();
        }
        const members = page.getByRole('table', { name: t('console.cases.personsCaption') });
        await expect.poll(() => members.locator('tbody tr').count()).toBe(9);
        for (const seed of [...FORM_PERSONS, ...API_PERSONS]) {
          const row = members.getByRole('row').filter({ hasText: person(seed.key).code });
          expect(await row.textContent()).toContain(`${seed.givenName} ${seed.familyName}`);
          expect(
            await page
              .getByLabel(t('console.cases.changeRole', { code: person(seed.key).code }), { exact: true })
              .inputValue(),
          ).toBe(seed.role);
        }

        // 4. Services for Dragan: two food packages, then the bus fare home.
        const services = page.getByRole('form', { name: t('console.services.record') });
        await services
          .getByLabel(t('console.services.person'), { exact: true })
          .selectOption(person('dragan').id);
        await services.getByLabel(t('console.services.type'), { exact: true }).selectOption('foodPackage');
        await services.getByLabel(t('console.services.quantity'), { exact: true }).fill('2');
        await services.getByRole('button', { name: t('console.services.recordSubmit') }).click();
        await page.getByText(t('console.services.recorded')).waitFor();
        await services.getByLabel(t('console.services.type'), { exact: true }).selectOption('transport');
        await services.getByLabel(t('console.services.quantity'), { exact: true }).fill('1');
        await services.getByLabel(t('console.services.amount'), { exact: true }).fill('1850');
        await services.getByLabel(t('console.services.currency'), { exact: true }).selectOption('RSD');
        await services.getByRole('button', { name: t('console.services.recordSubmit') }).click();
        const totals = page.locator('#case-services-totals');
        await expect.poll(() => totals.textContent()).toContain(t('console.services.count', { count: 2 }));
        expect(await totals.textContent()).toMatch(/1[.,\s\u00a0\u202f]?850/);
        const serviceList = page.getByRole('table', { name: t('console.services.caption') });
        await serviceList.getByText(t('cases.serviceType.foodPackage')).waitFor();
        await serviceList.getByText(t('cases.serviceType.transport')).waitFor();

        // 5. Jelena withdraws her consent to anonymized statistics (her page, from the case's list).
        await members.getByRole('link', { name: person('jelena').code, exact: true }).click();
        await page.waitForURL(`${url}/console/persons/${person('jelena').id}`);
        await page
          .getByLabel(t('console.persons.consentPurpose'), { exact: true })
          .selectOption('anonymizedStatistics');
        await page.getByLabel(t('console.persons.consentAction'), { exact: true }).selectOption('withdrawn');
        await page.getByLabel(t('console.persons.consentMethod'), { exact: true }).selectOption('verbal');
        await page.getByRole('button', { name: t('console.persons.consentSubmit') }).click();
        await page.getByText(t('console.persons.consentRecorded')).waitFor();
        await page
          .getByRole('table', { name: t('console.persons.consentCaption') })
          .getByRole('row')
          .filter({ hasText: t('persons.consent.purpose.anonymizedStatistics') })
          .filter({ hasText: t('persons.consent.state.withdrawn') })
          .waitFor();

        // 6. The search box across scripts: Cyrillic finds Latin, "Djordjevic" finds "Đorđević".
        await nav(page, 'console.persons.nav');
        const nikola = await findPerson(page, 'Никола Јовановић', person('nikola').code);
        expect(await nikola.textContent()).toContain('Nikola Jovanović');
        const dragan = await findPerson(page, 'Djordjevic', person('dragan').code);
        expect(await dragan.textContent()).toContain('Dragan Đorđević');

        // 7. A conflicting edit: the worker opens Stefan's details; the supervisor, in another window, saves
        // a new phone number first; the worker's save is refused and shows what changed and who changed it.
        const stefanRow = await findPerson(page, 'Stefan Milosevic', person('stefan').code);
        await stefanRow.getByRole('link', { name: person('stefan').code }).click();
        await page.waitForURL(`${url}/console/persons/${person('stefan').id}`);
        await page.getByRole('button', { name: t('console.persons.edit') }).click();
        await page.getByRole('heading', { level: 3, name: t('console.persons.editTitle') }).waitFor();

        const other = await supervisorApp.context.newPage();
        await h.signIn(other, locale, supervisor.email);
        await nav(other, 'console.persons.nav');
        const stefanForSupervisor = await findPerson(other, 'Стефан Милошевић', person('stefan').code);
        await stefanForSupervisor.getByRole('link', { name: person('stefan').code }).click();
        await other.getByRole('button', { name: t('console.persons.edit') }).click();
        await other.getByLabel(t('persons.field.phones'), { exact: true }).fill('066 777 8899');
        await other.getByRole('button', { name: t('console.persons.save') }).click();
        await other.getByText(t('console.persons.saved', { version: 2 })).waitFor();

        const familyName = page.getByLabel(t('persons.field.familyName'), { exact: true });
        await familyName.fill('Milošević-Drugi');
        await page.getByRole('button', { name: t('console.persons.save') }).click();
        const conflict = page.getByRole('heading', { level: 4, name: t('console.persons.conflictTitle') });
        await conflict.waitFor();
        await page
          .getByRole('alert')
          .getByRole('listitem')
          .filter({ hasText: t('persons.field.phones') })
          .filter({ hasText: supervisor.name })
          .waitFor();
        await page.getByRole('button', { name: t('console.persons.conflictReload') }).click();
        await conflict.waitFor({ state: 'detached' });
        // Nothing was overwritten: the form holds the supervisor's number and the stored family name.
        expect(await page.getByLabel(t('persons.field.phones'), { exact: true }).inputValue()).toContain(
          '7778899',
        );
        expect(await familyName.inputValue()).toBe('Milošević');
        await familyName.fill('Milošević-Drugi');
        await page.getByRole('button', { name: t('console.persons.save') }).click();
        await page.getByText(t('console.persons.saved', { version: 3 })).waitFor();
        await page.getByText('Milošević-Drugi', { exact: true }).waitFor();

        // 8. Erasure: the worker asks for Zoran's, the supervisor approves it.
        await nav(page, 'console.persons.nav');
        const zoranRow = await findPerson(page, person('zoran').code, person('zoran').code);
        await zoranRow.getByRole('link', { name: person('zoran').code }).click();
        await page.waitForURL(`${url}/console/persons/${person('zoran').id}`);
        await page
          .getByLabel(t('console.persons.erasureReason'), { exact: true })
          .fill('The person asked for the data to be removed (synthetic).');
        await page.getByRole('button', { name: t('console.persons.erasureRequest') }).click();
        await page.getByText(t('console.persons.erasureRequested')).waitFor();
        await page
          .getByText(messagePattern(locale, 'console.persons.erasurePending', ['name', 'date', 'reason']))
          .waitFor();

        await nav(other, 'console.persons.nav');
        const zoranForSupervisor = await findPerson(other, 'Zoran Nikolic', person('zoran').code);
        await zoranForSupervisor.getByRole('link', { name: person('zoran').code }).click();
        await other.waitForURL(`${url}/console/persons/${person('zoran').id}`);
        const pending = other.getByText(
          messagePattern(locale, 'console.persons.erasurePending', ['name', 'date', 'reason']),
        );
        await pending.waitFor();
        expect(await pending.textContent()).toContain(worker.name);
        if (locale === 'sr-Latn') {
          await h.axe(supervisorApp, locale, `/console/persons/${person('zoran').id}`, (axePage) =>
            axePage.getByRole('button', { name: t('console.persons.erasureReject') }).waitFor(),
          );
        }
        await other.getByRole('button', { name: t('console.persons.erasureApprove') }).click();
        await other
          .getByRole('alert')
          .filter({ hasText: t('console.persons.erasureConfirm') })
          .waitFor();
        await other.getByRole('button', { name: t('console.persons.erasureApprove') }).click();
        await other.getByText(messagePattern(locale, 'console.persons.erasedNotice', ['date'])).waitFor();
        // The panel went away with the decision: its outcome is told in a live region outside it, which
        // also takes the focus (so a screen-reader user hears what happened and is not left nowhere).
        await other
          .getByRole('status')
          .filter({ hasText: t('console.persons.erasureApproved') })
          .waitFor();
        expect(await other.evaluate(() => document.activeElement?.textContent ?? '')).toBe(
          t('console.persons.erasureApproved'),
        );
        const details = other.locator('dl.details');
        const detail = (field: string) =>
          details
            .getByText(t(`persons.field.${field}`), { exact: true })
            .locator('xpath=following-sibling::dd[1]');
        expect(await detail('givenName').textContent()).toBe(t('console.notSet'));
        expect(await detail('familyName').textContent()).toBe(t('console.notSet'));
        expect(await other.locator('main').textContent()).not.toMatch(/Зоран|Николић/);
        await other
          .getByRole('heading', {
            level: 1,
            name: t('console.persons.personTitle', { code: person('zoran').code }),
          })
          .waitFor();
        if (locale === 'en') {
          await h.axe(supervisorApp, locale, `/console/persons/${person('zoran').id}`, (axePage) =>
            axePage.getByText(messagePattern(locale, 'console.persons.erasedNotice', ['date'])).waitFor(),
          );
        }

        // The name is found no more, in either script; the code still finds the erased record.
        await nav(other, 'console.persons.nav');
        await findNobody(other, 'Зоран Николић');
        await findNobody(other, 'Zoran Nikolic');
        const erasedRow = await findPerson(other, person('zoran').code, person('zoran').code);
        expect(await erasedRow.textContent()).toContain(t('console.persons.erased'));

        // The case still lists him, by code only; the services stay counted.
        await nav(page, 'console.cases.nav');
        await page.getByRole('link', { name: caseCode, exact: true }).click();
        await page.waitForURL(url + casePath);
        await expect.poll(() => members.locator('tbody tr').count()).toBe(9);
        const zoranOnCase = members.getByRole('row').filter({ hasText: person('zoran').code });
        expect(await zoranOnCase.locator('td').first().textContent()).toBe('–');
        await expect.poll(() => totals.textContent()).toContain(t('console.services.count', { count: 2 }));

        workerApp.expectNoForeignRequests();
        supervisorApp.expectNoForeignRequests();
        workerApp.expectNoConsoleProblems([failedResourceStatus(409)]);
        supervisorApp.expectNoConsoleProblems();
      } finally {
        await workerApp.close();
        await supervisorApp.close();
      }
    }, 180_000);
  }
});
