import { can, type CasePersonRole, type CaseStatus, type MessageKey, type ServiceType } from '@putokaz/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { errorMessage, queryString } from '../api';
import { formatDateTime } from '../format';
import { formatMoney, vocab } from '../pages/cases/case-types';
import { ServiceCorrection } from '../pages/cases/ServiceCorrection';
import { RECORD_PATH_PREFIXES } from '../routes';
import { useConsole } from '../session';
import { Link } from './Link';
import { Message } from './Message';
import '../pages/cases/cases.css';

/** One entry of `GET /api/v1/persons/:id/timeline`. */
type TimelineEntry =
  | {
      kind: 'service';
      id: string;
      at: string;
      service: {
        type: ServiceType;
        institutionKind: string | null;
        deliveredOn: string;
        quantity: number;
        cost: { amountMinor: number; currency: string } | null;
        caseId: string | null;
        caseCode: string | null;
      };
    }
  | {
      kind: 'case';
      id: string;
      at: string;
      case: {
        caseId: string;
        caseCode: string;
        change: 'personAdded' | 'personRole' | 'personRemoved' | 'status' | 'closeRequest' | 'closeRejected';
        fromStatus: CaseStatus | null;
        toStatus: CaseStatus | null;
        reason: string | null;
        role: CasePersonRole | null;
      };
    }
  | {
      kind: 'contact';
      id: string;
      at: string;
      contact: { id: string; code: string; topic: string; channel: string };
    };

/** A calendar day (`2026-01-10`) in the console language, without a time. */
function formatDay(locale: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function CaseLink({ id, code }: { id: string; code: string }) {
  const { t } = useI18n();
  const prefix = RECORD_PATH_PREFIXES.case;
  const text = t('console.services.timelineCase', { code });
  return prefix ? <Link href={`${prefix}${id}`}>{text}</Link> : <>{text}</>;
}

function EntryText({ entry }: { entry: TimelineEntry }) {
  const translator = useI18n();
  const { t } = translator;
  if (entry.kind === 'service') {
    const s = entry.service;
    return (
      <>
        <strong>{vocab(t, 'serviceType', s.type)}</strong>
        {s.institutionKind ? ` (${vocab(t, 'institution', s.institutionKind)})` : ''}
        {' · '}
        {t('console.services.timelineServiceDetail', { quantity: s.quantity })}
        {s.cost ? ` · ${formatMoney(translator.locale, s.cost.amountMinor, s.cost.currency)}` : ''}
        {s.caseId && s.caseCode ? (
          <>
            {' · '}
            <CaseLink id={s.caseId} code={s.caseCode} />
          </>
        ) : null}
      </>
    );
  }
  if (entry.kind === 'case') {
    const c = entry.case;
    const role = c.role ? vocab(t, 'role', c.role) : '';
    let text: string;
    switch (c.change) {
      case 'status':
        text = t('cases.change.status', {
          from: c.fromStatus ? vocab(t, 'status', c.fromStatus) : '–',
          to: c.toStatus ? vocab(t, 'status', c.toStatus) : '–',
        });
        break;
      case 'closeRequest':
        text = t('cases.change.closeRequest', { reason: c.reason ? vocab(t, 'closeReason', c.reason) : '' });
        break;
      case 'closeRejected':
        text = t('cases.change.closeRejected');
        break;
      case 'personAdded':
        text = t('console.services.timelineAdded', { role });
        break;
      case 'personRole':
        text = t('console.services.timelineRole', { role });
        break;
      case 'personRemoved':
        text = t('console.services.timelineRemoved');
        break;
    }
    return (
      <>
        <CaseLink id={c.caseId} code={c.caseCode} />
        {': '}
        {text}
      </>
    );
  }
  const topicKey = `contacts.topic.${entry.contact.topic}` as MessageKey;
  return (
    <>
      {t('console.services.timelineContact', {
        code: entry.contact.code,
        topic: translator.has(topicKey) ? t(topicKey) : entry.contact.topic,
      })}
    </>
  );
}

/**
 * A person's timeline (services, case memberships and status changes, hotline contacts), newest first, with
 * older entries page by page. Embed it on the person page: `<PersonTimeline personId={person.id} />`.
 */
export function PersonTimeline({
  personId,
  headingLevel = 2,
  embedded = false,
  corrections = false,
}: {
  personId: string;
  headingLevel?: 2 | 3;
  /** Under a heading the host page provides (the person page's timeline slot): no section or heading of its own. */
  embedded?: boolean;
  /** Offer to correct and remove services (for users with service.write). */
  corrections?: boolean;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api, session } = useConsole();
  const canCorrect = corrections && !!session && can(session.user.role, 'service.write');
  const [open, setOpen] = useState<{ id: string; mode: 'edit' | 'remove' } | undefined>();
  const [corrected, setCorrected] = useState<string | undefined>();
  const [reloads, setReloads] = useState(0);
  const [items, setItems] = useState<TimelineEntry[] | undefined>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const path = `/api/v1/persons/${encodeURIComponent(personId)}/timeline`;

  useEffect(() => {
    let current = true;
    setItems(undefined);
    api
      .get<{ items: TimelineEntry[]; nextCursor: string | null }>(path)
      .then((page) => {
        if (!current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
      })
      .catch((error: unknown) => {
        if (current) setProblem(errorMessage(translatorRef.current, error));
      });
    return () => {
      current = false;
    };
  }, [api, path, reloads]);

  const loadMore = async () => {
    if (!nextCursor || !items) return;
    setBusy(true);
    try {
      const page = await api.get<{ items: TimelineEntry[]; nextCursor: string | null }>(
        `${path}${queryString({ cursor: nextCursor })}`,
      );
      setItems([...items, ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (error) {
      setProblem(errorMessage(translator, error));
    } finally {
      setBusy(false);
    }
  };

  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const content = (
    <>
      {problem ? <Message kind="error">{problem}</Message> : null}
      {items === undefined && !problem ? <p role="status">{t('common.loading')}</p> : null}
      {items && items.length === 0 ? <p>{t('console.services.timelineEmpty')}</p> : null}
      {items && items.length ? (
        <ol class="timeline" id="person-timeline">
          {items.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`} data-kind={entry.kind}>
              <time dateTime={entry.kind === 'service' ? entry.service.deliveredOn : entry.at}>
                {entry.kind === 'service'
                  ? formatDay(translator.locale, entry.service.deliveredOn)
                  : formatDateTime(translator.locale, entry.at)}
              </time>
              <EntryText entry={entry} />
              {canCorrect && entry.kind === 'service' ? (
                <span class="timeline__actions">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={t('console.serviceEdit.editLabel', { date: entry.service.deliveredOn })}
                    onClick={() => {
                      setCorrected(undefined);
                      setOpen({ id: entry.id, mode: 'edit' });
                    }}
                  >
                    {t('console.serviceEdit.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={t('console.serviceEdit.removeLabel', { date: entry.service.deliveredOn })}
                    onClick={() => {
                      setCorrected(undefined);
                      setOpen({ id: entry.id, mode: 'remove' });
                    }}
                  >
                    {t('console.serviceEdit.remove')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {corrected ? <Message kind="success">{corrected}</Message> : null}
      {open ? (
        <ServiceCorrection
          key={`${open.id}-${open.mode}`}
          serviceId={open.id}
          mode={open.mode}
          idPrefix="timeline-service-fix"
          onDone={(message) => {
            setOpen(undefined);
            setCorrected(message);
            setReloads((n) => n + 1);
          }}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
      {nextCursor ? (
        <p>
          <button
            type="button"
            class="button button--secondary"
            disabled={busy}
            onClick={() => void loadMore()}
          >
            {t('console.services.timelineMore')}
          </button>
        </p>
      ) : null}
    </>
  );
  if (embedded) return <div class="person-timeline">{content}</div>;
  return (
    <section class="panel" aria-labelledby="person-timeline-title">
      <Heading id="person-timeline-title">{t('console.services.timelineTitle')}</Heading>
      {content}
    </section>
  );
}
