import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { onQuickExit } from '../../shared/quick-exit';
import { addToOutbox, clearOutbox, readOutbox, removeFromOutbox, type OutboxItem } from './outbox';
import { sendHelpRequest, type HelpRequestDraft } from './send';

type ItemState = { kind: 'waiting' } | { kind: 'sending' } | { kind: 'failed'; reason: string };

export interface SentFromOutbox {
  readonly id: string;
  readonly createdAt: string;
  readonly code: string;
}

export interface OutboxApi {
  readonly items: readonly OutboxItem[];
  readonly states: Readonly<Record<string, ItemState>>;
  /** Requests sent from the outbox while this page was open (their codes are shown, then forgotten). */
  readonly sent: readonly SentFromOutbox[];
  /** Keeps a request on the device; false when the device does not allow it. */
  add(draft: HelpRequestDraft): boolean;
  /** Tries to send what waits (one item, or all). */
  flush(only?: string): Promise<void>;
  remove(id: string): void;
}

/**
 * The outbox of help requests kept on this device: sent on its own when the page opens and whenever the
 * connection comes back (`online`), sendable and deletable by the person, and deleted by the quick exit.
 */
export function useOutbox(): OutboxApi {
  const [items, setItems] = useState<readonly OutboxItem[]>([]);
  const [states, setStates] = useState<Readonly<Record<string, ItemState>>>({});
  const [sent, setSent] = useState<readonly SentFromOutbox[]>([]);
  const busy = useRef(false);
  const refresh = () => setItems(readOutbox());
  const setState = (id: string, state: ItemState) => setStates((current) => ({ ...current, [id]: state }));

  const flush = useCallback(async (only?: string) => {
    if (busy.current) return;
    busy.current = true;
    try {
      for (const item of readOutbox()) {
        if (only !== undefined && item.id !== only) continue;
        if (only === undefined && !navigator.onLine) break;
        setState(item.id, { kind: 'sending' });
        const result = await sendHelpRequest(item.draft);
        if (result.kind === 'sent') {
          removeFromOutbox(item.id);
          // Deleted meanwhile (the quick exit): nothing to show.
          setSent((current) => [...current, { id: item.id, createdAt: item.createdAt, code: result.code }]);
        } else if (result.kind === 'network' || result.code === 'rateLimited') {
          setState(item.id, { kind: 'waiting' });
          break;
        } else {
          setState(item.id, { kind: 'failed', reason: result.message });
        }
        refresh();
      }
    } finally {
      busy.current = false;
      refresh();
    }
  }, []);

  useEffect(() => {
    refresh();
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    const stopExit = onQuickExit(() => {
      clearOutbox();
      setItems([]);
      setSent([]);
    });
    return () => {
      window.removeEventListener('online', online);
      stopExit();
    };
  }, [flush]);

  return {
    items,
    states,
    sent,
    add: (draft) => {
      const item = addToOutbox(draft);
      refresh();
      return item !== undefined;
    },
    flush,
    remove: (id) => {
      removeFromOutbox(id);
      setSent((current) => current.filter((s) => s.id !== id));
      refresh();
    },
  };
}

const PREVIEW_LENGTH = 80;

function preview(draft: HelpRequestDraft, offerLabel: string): string {
  const text = draft.narrative?.trim() || (draft.offer ? offerLabel : '');
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

/** The requests waiting on this device ("not sent yet"), and the codes of those sent while the page is open. */
export function OutboxList({ outbox, headingLevel = 2 }: { outbox: OutboxApi; headingLevel?: 2 | 3 }) {
  const { t, locale } = useI18n();
  const [deleted, setDeleted] = useState(false);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="help-outbox-region" aria-live="polite">
      {outbox.sent.map((item) => (
        <div key={item.id} class="message message--success help-outbox__sent">
          <p>{t('help.outbox.sent', { date: date(item.createdAt), code: item.code })}</p>
          <p class="help-code help-code--small">{item.code}</p>
        </div>
      ))}
      {deleted && outbox.items.length === 0 ? <p class="message">{t('help.outbox.deleted')}</p> : null}
      {outbox.items.length > 0 ? (
        <section class="help-outbox" aria-labelledby="help-outbox-title">
          <Heading id="help-outbox-title">{t('help.outbox.title')}</Heading>
          <p>{t('help.outbox.intro')}</p>
          <ul class="help-outbox__list">
            {outbox.items.map((item) => {
              const state = outbox.states[item.id] ?? { kind: 'waiting' };
              return (
                <li key={item.id} class="help-outbox__item" data-outbox-item="">
                  <p class="help-outbox__when">
                    <strong>{t('help.outbox.item', { date: date(item.createdAt) })}</strong>
                  </p>
                  <p class="help-outbox__preview">{preview(item.draft, t('help.outbox.offer'))}</p>
                  <p class="help-outbox__state">
                    {state.kind === 'sending'
                      ? t('help.outbox.sending')
                      : state.kind === 'failed'
                        ? t('help.outbox.failed', { reason: state.reason || t('help.failed') })
                        : t('help.outbox.waiting')}
                  </p>
                  <div class="check-form__buttons">
                    <button
                      type="button"
                      class="button"
                      disabled={state.kind === 'sending'}
                      onClick={() => void outbox.flush(item.id)}
                    >
                      {t('help.outbox.sendNow')}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => {
                        outbox.remove(item.id);
                        setDeleted(true);
                      }}
                    >
                      {t('help.outbox.delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
