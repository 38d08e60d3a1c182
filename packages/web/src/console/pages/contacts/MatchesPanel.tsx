import { can } from '@putokaz/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage } from '../../api';
import { formatDateTime } from '../../format';
import { useConsole, useSession } from '../../session';
import { contactPath, valueLabel, type Matches, type MatchReason } from './contact-types';

/** A linked record as the form shows it: its id and a label (its code). */
export interface LinkChoice {
  id: string;
  label: string;
}

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 350;

/** Enough to look up: a phone number with 6 digits, or a name with a token of 2 letters. */
function worthAsking(phone: string, name: string): boolean {
  return phone.replace(/\D/g, '').length >= 6 || /\p{L}{2,}/u.test(name);
}

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'ready'; matches: Matches }
  | { kind: 'failed'; message: string };

/**
 * Earlier contacts, persons and cases matching the phone number or name being typed. Asks the server once
 * typing pauses (debounced; an answer to an older query is dropped). A polite live region announces only the
 * counts, so a screen reader is not flooded while the operator types; the lists follow it. Persons and cases
 * can be linked to the contact from here.
 */
export function MatchesPanel({
  prefix,
  phone,
  name,
  excludeContactId,
  person,
  caseLink,
  onLinkPerson,
  onLinkCase,
}: {
  prefix: string;
  phone: string;
  name: string;
  excludeContactId?: string | undefined;
  person: LinkChoice | null;
  caseLink: LinkChoice | null;
  onLinkPerson: (person: LinkChoice | null) => void;
  onLinkCase: (caseLink: LinkChoice | null) => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const session = useSession();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    const query = { phone: phone.trim(), name: name.trim() };
    if (!worthAsking(query.phone, query.name)) {
      latest.current += 1;
      setState({ kind: 'idle' });
      return;
    }
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      setState({ kind: 'searching' });
      api
        .post<Matches>('/api/v1/contacts/matches', {
          ...(query.phone ? { phone: query.phone } : {}),
          ...(query.name ? { name: query.name } : {}),
          ...(excludeContactId ? { excludeContactId } : {}),
        })
        .then((matches) => {
          if (ticket === latest.current) setState({ kind: 'ready', matches });
        })
        .catch((error: unknown) => {
          if (ticket === latest.current)
            setState({ kind: 'failed', message: errorMessage(translatorRef.current, error) });
        });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [api, phone, name, excludeContactId]);

  const reasons = (matchedBy: readonly MatchReason[]) =>
    matchedBy
      .map((r) => t(r === 'phone' ? 'console.contacts.matchedByPhone' : 'console.contacts.matchedByName'))
      .join(', ');

  const matches = state.kind === 'ready' ? state.matches : undefined;
  const total = matches ? matches.contacts.length + matches.persons.length + matches.cases.length : 0;
  const mayLinkCases = can(session.user.role, 'case.read');
  const headingId = `${prefix}-matches-heading`;

  let announcement = '';
  if (state.kind === 'searching') announcement = t('console.contacts.matchesSearching');
  else if (state.kind === 'failed') announcement = state.message;
  else if (matches)
    announcement =
      total === 0
        ? t('console.contacts.matchesNone')
        : t('console.contacts.matchesFound', {
            contacts: matches.contacts.length,
            persons: matches.persons.length,
            cases: matches.cases.length,
          });

  return (
    <section class="matches" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('console.contacts.matchesTitle')}</h2>
      <p class="field__hint">{t('console.contacts.matchesHint')}</p>
      <p class="matches__status" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {person ? (
        <p class="matches__linked">
          {t('console.contacts.linkedPerson', { code: person.label })}{' '}
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => onLinkPerson(null)}
          >
            {t('console.contacts.unlink')}
          </button>
        </p>
      ) : null}
      {caseLink ? (
        <p class="matches__linked">
          {t('console.contacts.linkedCase', { code: caseLink.label })}{' '}
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => onLinkCase(null)}
          >
            {t('console.contacts.unlink')}
          </button>
        </p>
      ) : null}

      {matches && matches.contacts.length > 0 ? (
        <>
          <h3>{t('console.contacts.matchesContacts')}</h3>
          <ul class="matches__list">
            {matches.contacts.map((c) => (
              <li key={c.id}>
                <a href={contactPath(c.id)} target="_blank" rel="noopener">
                  {c.code}
                </a>{' '}
                <span class="cell-note">
                  {formatDateTime(translator.locale, c.occurredAt)} ·{' '}
                  {valueLabel(translator, 'topic', c.topic)} · {valueLabel(translator, 'urgency', c.urgency)}
                </span>
                <span class="cell-note">
                  {[c.callerName, c.callerPhone].filter(Boolean).join(' · ')}
                  {c.callerName || c.callerPhone ? ' — ' : ''}
                  {reasons(c.matchedBy)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {matches && matches.persons.length > 0 ? (
        <>
          <h3>{t('console.contacts.matchesPersons')}</h3>
          <ul class="matches__list">
            {matches.persons.map((p) => {
              const fullName = [p.givenName, p.familyName].filter(Boolean).join(' ');
              const linked = person?.id === p.id;
              return (
                <li key={p.id}>
                  <strong>{p.code}</strong> {fullName}
                  <span class="cell-note">{reasons(p.matchedBy)}</span>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    disabled={linked}
                    aria-label={
                      linked
                        ? undefined
                        : t('console.contacts.linkPersonNamed', { code: p.code, name: fullName })
                    }
                    onClick={() => onLinkPerson({ id: p.id, label: p.code })}
                  >
                    {t(linked ? 'console.contacts.linked' : 'console.contacts.link')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      {matches && matches.cases.length > 0 ? (
        <>
          <h3>{t('console.contacts.matchesCases')}</h3>
          <ul class="matches__list">
            {matches.cases.map((c) => {
              const linked = caseLink?.id === c.id;
              return (
                <li key={c.id}>
                  <strong>{c.code}</strong> {c.title ?? ''}
                  <span class="cell-note">{reasons(c.matchedBy)}</span>
                  {mayLinkCases ? (
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      disabled={linked}
                      aria-label={linked ? undefined : t('console.contacts.linkCaseNamed', { code: c.code })}
                      onClick={() => onLinkCase({ id: c.id, label: c.code })}
                    >
                      {t(linked ? 'console.contacts.linked' : 'console.contacts.link')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
