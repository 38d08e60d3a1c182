import type { EvidenceSpan, OfferCheckResult, OfferTexts, RiskLevel } from '@putokaz/core';
import type { MessageKey } from '@putokaz/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { onQuickExit } from '../../shared/quick-exit';
import { telHref } from '../../shared/site';
import type { PublicPageProps } from '../page';

/** The longest text the check takes (a long contract fits; the engine stays fast on a cheap phone). */
export const MAX_OFFER_LENGTH = 20_000;

const RISK_TITLE: Readonly<Record<RiskLevel, MessageKey>> = {
  low: 'public.check.risk.low',
  medium: 'public.check.risk.medium',
  high: 'public.check.risk.high',
};

/** A finished check: the result and the texts of its language (for the labels of the gaps). */
interface Checked {
  readonly text: string;
  readonly result: OfferCheckResult;
  readonly texts: OfferTexts;
}

type Status = 'idle' | 'checking' | 'empty' | 'failed';

/** Every evidence span of the result, sorted, overlapping ones merged. */
function mergedSpans(result: OfferCheckResult, length: number): { start: number; end: number }[] {
  const spans = result.findings
    .flatMap((finding) => finding.evidence)
    .filter((span: EvidenceSpan) => span.start >= 0 && span.end <= length && span.start < span.end)
    .map((span) => ({ start: span.start, end: span.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/** The person's own text with `<mark>` around the evidence: text nodes only, so nothing is parsed as HTML. */
function MarkedText({ text, result }: { text: string; result: OfferCheckResult }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const span of mergedSpans(result, text.length)) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p class="check-text">{parts}</p>;
}

function List({ title, id, items }: { title: string; id: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <section class="check-list" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul class="content-list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function Hotline({ phone, id }: { phone: string; id: string }) {
  const { t } = useI18n();
  return (
    <section class="hotline" aria-labelledby={id}>
      <h2 id={id}>{t('public.check.hotline')}</h2>
      <p>
        <a class="hotline__number" href={telHref(phone)}>
          {phone}
        </a>
      </p>
      <p>{t('home.hotline.text')}</p>
    </section>
  );
}

function Result({ checked, phone }: { checked: Checked; phone: string }) {
  const { t } = useI18n();
  const { result, texts, text } = checked;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [checked]);
  return (
    <div class={`check-result check-result--${result.risk}`}>
      <h2 id="check-result-title" tabIndex={-1} ref={heading}>
        {t(RISK_TITLE[result.risk])}
      </h2>
      {result.risk === 'low' && <p class="check-result__note">{t('public.check.lowNote')}</p>}
      <p>{result.summary}</p>

      {result.findings.length > 0 && (
        <>
          <section aria-labelledby="check-text-title">
            <h3 id="check-text-title">{t('public.check.yourText')}</h3>
            <MarkedText text={text} result={result} />
          </section>
          <section aria-labelledby="check-findings-title">
            <h3 id="check-findings-title">{t('public.check.findings')}</h3>
            <ol class="check-findings">
              {result.findings.map((finding) => (
                <li key={finding.id} class={`check-finding check-finding--${finding.strength}`}>
                  <h4>{finding.title}</h4>
                  <p class="check-finding__strength">
                    {t('public.check.strength')} <strong>{finding.strengthLabel}</strong>
                  </p>
                  <p>{finding.explanation}</p>
                  {finding.detail && <p>{finding.detail}</p>}
                  {finding.evidence.length > 0 && (
                    <p>
                      {t('public.check.quotes')}{' '}
                      {finding.evidence.map((span, index) => (
                        <span key={span.start}>
                          {index > 0 && ', '}
                          <q>{span.quote}</q>
                        </span>
                      ))}
                    </p>
                  )}
                  <p>
                    <strong>{t('public.check.whatToDo')}</strong> {finding.whatToDo}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}

      <List id="check-questions-title" title={t('public.check.questions')} items={result.questions} />
      <List id="check-verify-title" title={t('public.check.verify')} items={result.verify} />
      <List
        id="check-gaps-title"
        title={t('public.check.gaps')}
        items={result.gaps.map((gap) => texts.gaps[gap])}
      />
      <Hotline phone={phone} id="check-result-hotline-title" />
    </div>
  );
}

/**
 * "Check an offer": the person pastes a text and the engine runs on the device. The engine and the texts of
 * the page's language load only when the person presses Check. The text lives only in this component's state:
 * nothing is sent, nothing is stored, and Clear or the quick exit drop it.
 */
export function CheckPage({ site }: PublicPageProps) {
  const { t, locale } = useI18n();
  // False in the prerendered HTML (and without JavaScript): the form needs the script to do anything.
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [checked, setChecked] = useState<Checked | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setReady(true);
    return onQuickExit(() => {
      if (textarea.current) textarea.current.value = '';
      setText('');
      setChecked(null);
      setStatus('idle');
    });
  }, []);

  const clear = () => {
    setText('');
    setChecked(null);
    setStatus('idle');
    textarea.current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = text;
    if (!input.trim()) {
      setChecked(null);
      setStatus('empty');
      textarea.current?.focus();
      return;
    }
    setStatus('checking');
    try {
      const { loadOfferChecker, loadOfferTexts } = await import('../check/engine');
      const [checker, texts] = await Promise.all([loadOfferChecker(locale), loadOfferTexts(locale)]);
      const result = checker.check({ text: input, lang: locale });
      setChecked({ text: input, result, texts });
      setStatus('idle');
    } catch {
      setChecked(null);
      setStatus('failed');
    }
  };

  const count = t('public.check.count', {
    count: text.length.toLocaleString(locale),
    max: MAX_OFFER_LENGTH.toLocaleString(locale),
  });
  const invalid = status === 'empty';

  return (
    <article class="content-page check-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('public.check.title')}</h1>
      <p class="content-page__intro">{t('public.check.intro')}</p>
      <p class="message message--success">{t('public.check.privacy')}</p>
      <p>{t('public.check.limits')}</p>

      {ready ? (
        <form class="check-form" onSubmit={submit} autocomplete="off" noValidate>
          <div class="field">
            <label for="offer-text">{t('public.check.label')}</label>
            <p id="offer-text-hint" class="field__hint">
              {t('public.check.hint')}
            </p>
            <textarea
              id="offer-text"
              name="offer-text"
              rows={8}
              maxLength={MAX_OFFER_LENGTH}
              autocomplete="off"
              spellcheck={false}
              value={text}
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={`offer-text-hint offer-text-count${invalid ? ' offer-text-error' : ''}`}
              onInput={(event) => {
                setText(event.currentTarget.value.slice(0, MAX_OFFER_LENGTH));
                if (status === 'empty') setStatus('idle');
              }}
              ref={textarea}
            />
            <p id="offer-text-count" class="field__count">
              {count}
            </p>
            {invalid && (
              <p id="offer-text-error" class="field__error">
                {t('public.check.empty')}
              </p>
            )}
          </div>
          <div class="check-form__buttons">
            <button class="button" type="submit" disabled={status === 'checking'}>
              {status === 'checking' ? t('public.check.checking') : t('public.check.submit')}
            </button>
            <button class="button button--secondary" type="button" onClick={clear}>
              {t('public.check.clear')}
            </button>
          </div>
        </form>
      ) : (
        <p class="message check-noscript">
          {t('public.check.noScript')} <a href={telHref(site.hotlinePhone)}>{site.hotlinePhone}</a>
        </p>
      )}

      <div class="check-result-region" aria-live="polite">
        {status === 'failed' && (
          <p class="message message--error" role="alert">
            {t('public.check.failed')}
          </p>
        )}
        {checked && <Result checked={checked} phone={site.hotlinePhone} />}
      </div>

      {!checked && <Hotline phone={site.hotlinePhone} id="check-hotline-title" />}
    </article>
  );
}
