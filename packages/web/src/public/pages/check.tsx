import type { EvidenceSpan, Finding, OfferCheckResult, OfferTexts, RiskLevel } from '@putokaz/core';
import type { Locale, MessageKey } from '@putokaz/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { onQuickExit } from '../../shared/quick-exit';
import { telHref } from '../../shared/site';
import { checkContacts, type ContactCheck } from '../check/contact-check';
import { EMPTY_DRAFT, answeredCount, toAnswers, type Draft, type DraftError } from '../check/answers';
import { GuidedQuestions } from '../check/questions';
import { SendOfferForReview } from '../help/SendOfferForReview';
import type { PublicPageProps } from '../page';
import '../check/check-ui.css';

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

type Status = 'idle' | 'checking' | 'empty' | 'invalid' | 'failed';

/** The engine's texts of one language (labels of the guided questions), loaded once per page. */
let textsLoading: { locale: Locale; promise: Promise<OfferTexts> } | undefined;
function loadTexts(locale: Locale): Promise<OfferTexts> {
  if (textsLoading?.locale !== locale) {
    const promise = import('../check/engine').then((engine) => engine.loadOfferTexts(locale));
    textsLoading = { locale, promise };
    // A failed load (offline before the app was saved) may be tried again.
    promise.catch(() => {
      if (textsLoading?.promise === promise) textsLoading = undefined;
    });
  }
  return textsLoading.promise;
}

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

/** The answers that raised a finding: "question: answer". */
function AnswerEvidenceList({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  if (finding.answers.length === 0) return null;
  return (
    <div class="check-finding__answers">
      <p>{t('public.checkUi.answers')}</p>
      <ul>
        {finding.answers.map((answer) => (
          <li key={`${answer.question}:${answer.value}`}>
            {answer.questionLabel} <strong>{answer.answerLabel}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

const CONTACT_KIND: Readonly<Record<string, MessageKey>> = {
  phone: 'public.checkUi.contacts.kind.phone',
  email: 'public.checkUi.contacts.kind.email',
  domain: 'public.checkUi.contacts.kind.domain',
};

/** The contact check: each contact of the text, reported or not; or why it could not be done. */
function ContactResults({ contacts }: { contacts: ContactCheck | 'checking' }) {
  const { t } = useI18n();
  return (
    <section class="check-contacts" aria-labelledby="check-contacts-title">
      <h3 id="check-contacts-title">{t('public.checkUi.contacts.title')}</h3>
      {contacts === 'checking' ? (
        <p>{t('public.checkUi.contacts.checking')}</p>
      ) : (
        <>
          {contacts.status === 'done' && <p>{t('public.checkUi.contacts.intro')}</p>}
          {contacts.status === 'offline' && (
            <p class="message check-contacts__status">{t('public.checkUi.contacts.offline')}</p>
          )}
          {contacts.status === 'failed' && (
            <p class="message check-contacts__status">{t('public.checkUi.contacts.failed')}</p>
          )}
          <ul class="check-contacts__list">
            {contacts.contacts.map((contact) => {
              const reported = 'reported' in contact ? contact.reported : undefined;
              return (
                <li
                  key={`${contact.kind}:${contact.normalized}`}
                  class={`check-contact${reported ? ' check-contact--reported' : ''}`}
                >
                  <span class="check-contact__kind">{t(CONTACT_KIND[contact.kind]!)}</span>{' '}
                  <bdi class="check-contact__value">{contact.raw}</bdi>
                  {reported === true && (
                    <>
                      <strong class="check-contact__verdict">{t('public.checkUi.contacts.reported')}</strong>
                      <span class="check-contact__advice">{t('public.checkUi.contacts.reportedAdvice')}</span>
                    </>
                  )}
                  {reported === false && (
                    <span class="check-contact__verdict">{t('public.checkUi.contacts.notReported')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function Result({
  checked,
  phone,
  contacts,
}: {
  checked: Checked;
  phone: string;
  contacts: ContactCheck | 'checking' | undefined;
}) {
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
          {text.trim() !== '' && result.findings.some((finding) => finding.evidence.length > 0) && (
            <section aria-labelledby="check-text-title">
              <h3 id="check-text-title">{t('public.check.yourText')}</h3>
              <MarkedText text={text} result={result} />
            </section>
          )}
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
                  <AnswerEvidenceList finding={finding} />
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
      {contacts && <ContactResults contacts={contacts} />}
      {text.trim() !== '' && (
        <SendOfferForReview text={text} indicatorIds={result.findings.map((f) => f.id)} phone={phone} />
      )}
      <Hotline phone={phone} id="check-result-hotline-title" />
    </div>
  );
}

/**
 * "Check an offer": the person pastes a text and/or answers the guided questions, and the engine runs on the
 * device. The engine and the texts of the page's language load only when the person presses Check or opens
 * the questions. The text and the answers live only in this component's state: nothing is stored, Clear or
 * the quick exit drop them. Only the contact check talks to the server, with hash prefixes (contact-check.ts).
 */
export function CheckPage({ site }: PublicPageProps) {
  const { t, locale } = useI18n();
  // False in the prerendered HTML (and without JavaScript): the form needs the script to do anything.
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [draftErrors, setDraftErrors] = useState<readonly DraftError[]>([]);
  const [questionTexts, setQuestionTexts] = useState<OfferTexts | 'loading' | 'failed' | null>(null);
  const [contacts, setContacts] = useState<ContactCheck | 'checking' | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const questions = useRef<HTMLDetailsElement>(null);
  const contactRequest = useRef<AbortController | null>(null);
  // Counts Check presses with unreadable answers: after each, focus goes to the first marked field.
  const [invalidAttempt, setInvalidAttempt] = useState(0);
  useEffect(() => {
    if (invalidAttempt > 0) questions.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidAttempt]);

  const forget = () => {
    contactRequest.current?.abort();
    contactRequest.current = null;
    setText('');
    setChecked(null);
    setStatus('idle');
    setDraft(EMPTY_DRAFT);
    setDraftErrors([]);
    setContacts(undefined);
  };

  useEffect(() => {
    setReady(true);
    return onQuickExit(() => {
      if (textarea.current) textarea.current.value = '';
      questions.current?.querySelectorAll('input, select').forEach((field) => {
        if (field instanceof HTMLInputElement) {
          field.value = '';
          field.checked = false;
        } else if (field instanceof HTMLSelectElement) field.selectedIndex = 0;
      });
      forget();
    });
  }, []);

  const openQuestions = async () => {
    if (questionTexts !== null && questionTexts !== 'failed') return;
    setQuestionTexts('loading');
    try {
      setQuestionTexts(await loadTexts(locale));
    } catch {
      setQuestionTexts('failed');
    }
  };

  const clear = () => {
    forget();
    textarea.current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = text;
    const { answers, errors } = toAnswers(draft);
    setDraftErrors(errors);
    if (errors.length > 0) {
      setChecked(null);
      setStatus('invalid');
      setInvalidAttempt((attempt) => attempt + 1);
      return;
    }
    if (!input.trim() && Object.keys(answers).length === 0) {
      setChecked(null);
      setStatus('empty');
      textarea.current?.focus();
      return;
    }
    setStatus('checking');
    contactRequest.current?.abort();
    contactRequest.current = null;
    setContacts(undefined);
    try {
      const { loadOfferChecker } = await import('../check/engine');
      const [checker, texts] = await Promise.all([loadOfferChecker(locale, input), loadTexts(locale)]);
      const result = checker.check({ text: input, answers, lang: locale });
      setChecked({ text: input, result, texts });
      setStatus('idle');
    } catch {
      setChecked(null);
      setStatus('failed');
      return;
    }
    // The contact check follows the result (the rest of the check never waits for the network).
    const request = new AbortController();
    contactRequest.current = request;
    try {
      const outcome = await checkContacts(input, request.signal, () => {
        if (!request.signal.aborted) setContacts('checking');
      });
      if (!request.signal.aborted) setContacts(outcome);
    } catch {
      if (!request.signal.aborted) setContacts(undefined);
    }
  };

  const count = t('public.check.count', {
    count: text.length.toLocaleString(locale),
    max: MAX_OFFER_LENGTH.toLocaleString(locale),
  });
  const invalid = status === 'empty';
  const answered = answeredCount(draft);

  return (
    <article class="content-page check-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('public.check.title')}</h1>
      <p class="content-page__intro">{t('public.check.intro')}</p>
      <p class="message message--success">{t('public.check.privacy')}</p>
      <p>{t('public.check.limits')}</p>
      <p>{t('public.checkUi.textOrAnswers')}</p>

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
                {t('public.checkUi.empty')}
              </p>
            )}
          </div>
          <details
            class="check-questions"
            ref={questions}
            onToggle={(event) => {
              if ((event.currentTarget as HTMLDetailsElement).open) void openQuestions();
            }}
          >
            <summary>{t('public.checkUi.questions.title')}</summary>
            <div class="check-questions__body">
              <p>{t('public.checkUi.questions.intro')}</p>
              {questionTexts === 'loading' && <p role="status">{t('public.checkUi.questions.loading')}</p>}
              {questionTexts === 'failed' && (
                <div class="message message--error" role="alert">
                  <p>{t('public.checkUi.questions.failed')}</p>
                  <button class="button button--secondary" type="button" onClick={() => void openQuestions()}>
                    {t('public.checkUi.questions.retry')}
                  </button>
                </div>
              )}
              {questionTexts !== null && typeof questionTexts === 'object' && (
                <>
                  <GuidedQuestions
                    texts={questionTexts}
                    draft={draft}
                    errors={draftErrors}
                    onChange={(next) => {
                      setDraft(next);
                      if (status === 'empty') setStatus('idle');
                    }}
                  />
                  <p class="check-questions__count" aria-live="polite">
                    {t('public.checkUi.questions.answered', { count: answered })}
                  </p>
                </>
              )}
            </div>
          </details>
          {status === 'invalid' && (
            <p class="field__error" role="alert">
              {t('public.checkUi.questions.fix')}
            </p>
          )}
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
        {checked && <Result checked={checked} phone={site.hotlinePhone} contacts={contacts} />}
      </div>

      {!checked && <Hotline phone={site.hotlinePhone} id="check-hotline-title" />}
    </article>
  );
}
