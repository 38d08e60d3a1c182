import type { Locale } from '@putokaz/core';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { Markdown } from '../../shared/Markdown';
import { telHref } from '../../shared/site';
import type { PublicPageProps } from '../page';
import '../alerts/alerts.css';

/** One published alert as `GET /api/v1/public/alerts` returns it (the body is Markdown). */
export interface PublicAlert {
  readonly slug: string;
  readonly date: string;
  readonly title: string;
  readonly body: string;
  readonly publishedAt: string;
}

/**
 * `static`: the prerendered state (and the first render when the page hydrates); the list is fetched only in
 * the browser, at run time, so a newly published alert shows without a new build.
 */
type State =
  | { readonly kind: 'static' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly alerts: readonly PublicAlert[] };

export const ALERTS_API = '/api/v1/public/alerts';

function isAlertList(value: unknown): value is { items: PublicAlert[] } {
  if (typeof value !== 'object' || value === null) return false;
  const items = (value as { items?: unknown }).items;
  return (
    Array.isArray(items) &&
    items.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        ['slug', 'date', 'title', 'body'].every(
          (key) => typeof (item as Record<string, unknown>)[key] === 'string',
        ),
    )
  );
}

/** The published alerts in a language, newest first (the server's order). */
export async function fetchAlerts(locale: Locale): Promise<readonly PublicAlert[]> {
  const response = await fetch(`${ALERTS_API}?locale=${encodeURIComponent(locale)}`, {
    headers: { accept: 'application/json' },
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`alerts: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!isAlertList(body)) throw new Error('alerts: unexpected answer');
  return body.items;
}

function formatDate(locale: Locale, date: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  } catch {
    return date;
  }
}

/** Scam alerts: short warnings the NGO publishes, newest first, in the page's language. */
export function AlertsPage({ site }: PublicPageProps) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: 'static' });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', alerts: await fetchAlerts(locale) });
    } catch {
      setState({ kind: navigator.onLine === false ? 'offline' : 'failed' });
    }
  }, [locale]);

  useEffect(() => {
    void load();
  }, [load]);

  const hotline = (
    <a href={telHref(site.hotlinePhone)}>{t('common.hotline', { phone: site.hotlinePhone })}</a>
  );

  return (
    <>
      <h1 id="alerts-title">{t('public.alerts.title')}</h1>
      <p>{t('public.alerts.intro')}</p>
      <div role="status" aria-live="polite" class="alerts-status">
        {state.kind === 'loading' ? <p>{t('public.alerts.loading')}</p> : null}
        {state.kind === 'ready' && state.alerts.length === 0 ? <p>{t('public.alerts.empty')}</p> : null}
        {state.kind === 'ready' && state.alerts.length > 0 ? (
          <p class="visually-hidden">{t('public.alerts.count', { count: state.alerts.length })}</p>
        ) : null}
      </div>
      {state.kind === 'static' ? (
        <p class="message message--info">
          {t('public.alerts.needsScript')} {hotline}
        </p>
      ) : null}
      {state.kind === 'offline' || state.kind === 'failed' ? (
        <div class="message message--error" role="alert">
          <p>{t(state.kind === 'offline' ? 'public.alerts.offline' : 'public.alerts.failed')}</p>
          <p>{hotline}</p>
          <p class="alerts-actions">
            <button type="button" class="button" onClick={() => void load()}>
              {t('public.alerts.retry')}
            </button>
          </p>
        </div>
      ) : null}
      {state.kind === 'ready' && state.alerts.length > 0 ? (
        <ul class="alerts-list" aria-labelledby="alerts-title">
          {state.alerts.map((alert) => (
            <li key={alert.slug} class="alert-item">
              <article aria-labelledby={`alert-${alert.slug}`}>
                <h2 id={`alert-${alert.slug}`}>{alert.title}</h2>
                <p class="alert-item__date">
                  {t('public.alerts.date')}{' '}
                  <time dateTime={alert.date}>{formatDate(locale, alert.date)}</time>
                </p>
                <Markdown source={alert.body} headingLevel={3} />
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {t('public.alerts.report')} {hotline}
      </p>
    </>
  );
}
