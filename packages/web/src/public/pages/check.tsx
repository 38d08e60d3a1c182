import type { Locale, OfferTexts } from '@putokaz/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { onQuickExit } from '../../shared/quick-exit';
import { telHref } from '../../shared/site';
import type { toAnswers } from '../check/answers';
import type { ContactCheck } from '../check/contact-check';
import { EMPTY_DRAFT, answeredCount, type Draft, type DraftError } from '../check/draft';
import { Hotline } from '../check/hotline';
import type { Checked, Result } from '../check/result';
import type { GuidedQuestions } from '../check/questions';
import { takeSharedText } from '../check/share';
import { formatCount } from '../format-count';
import type { PublicPageProps } from '../page';
import '../check/check-ui.css';

/** The longest text the check takes (a long contract fits; the engine stays fast on a cheap phone). */
export const MAX_OFFER_LENGTH = 20_000;

type Status = 'idle' | 'checking' | 'empty' | 'invalid' | 'failed';

/** The guided questions' labels in one language, loaded once per page when the questions open. */
type QuestionTexts = Pick<OfferTexts, 'questionnaire'>;
let textsLoading: { locale: Locale; promise: Promise<QuestionTexts> } | undefined;
function loadTexts(locale: Locale): Promise<QuestionTexts> {
  if (textsLoading?.locale !== locale) {
    const promise = import('../check/engine')
      .then((engine) => engine.loadOfferQuestionTexts(locale))
      .then((questionnaire) => ({ questionnaire }));
    textsLoading = { locale, promise };
    // A failed load (offline before the app was saved) may be tried again.
    promise.catch(() => {
      if (textsLoading?.promise === promise) textsLoading = undefined;
    });
  }
  return textsLoading.promise;
}

/**
 * Starts fetching what Check needs (the engine, the reading of the answers, the result view) when the person
 * starts using the form, at an idle moment: the page itself starts without any of it, and Check does not
 * wait for the download. Only fetched and compiled here; the engine's tables are built when Check runs.
 */
let prefetched = false;
function prefetchCheck(): void {
  if (prefetched) return;
  prefetched = true;
  const fetchAll = () => {
    for (const load of [
      () => import('../check/engine'),
      () => import('../check/answers'),
      () => import('../check/result'),
    ])
      load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchAll, { timeout: 2000 });
  else setTimeout(fetchAll, 200);
}

/** A result ready to show: the check and the component that shows it (loaded with the engine). */
interface Shown {
  readonly checked: Checked;
  readonly View: typeof Result;
}

/** The opened guided questions: their labels and the form. */
interface Questions {
  readonly texts: QuestionTexts;
  readonly Form: typeof GuidedQuestions;
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
  const [checked, setChecked] = useState<Shown | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [draftErrors, setDraftErrors] = useState<readonly DraftError[]>([]);
  const [questionTexts, setQuestionTexts] = useState<Questions | 'loading' | 'failed' | null>(null);
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
    // A text shared into the app (check/share.ts): in the box, ready for Check; the address is clean already.
    const shared = takeSharedText();
    if (shared) setText(shared.slice(0, MAX_OFFER_LENGTH));
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
      const [texts, { GuidedQuestions: Form }] = await Promise.all([
        loadTexts(locale),
        import('../check/questions'),
      ]);
      setQuestionTexts({ texts, Form });
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
    let read: ReturnType<typeof toAnswers>;
    try {
      read = (await import('../check/answers')).toAnswers(draft);
    } catch {
      setChecked(null);
      setStatus('failed');
      return;
    }
    const { answers, errors } = read;
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
      const [{ checkOfferOnDemand }, { Result: View }] = await Promise.all([
        import('../check/engine'),
        import('../check/result'),
      ]);
      // Fetches only what this check needs (the texts of its findings alone; see checkOfferOnDemand)
      const { result, texts } = await checkOfferOnDemand(locale, { text: input, answers, lang: locale });
      setChecked({ checked: { text: input, result, texts }, View });
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
      const { checkContacts } = await import('../check/contact-check');
      const outcome = await checkContacts(input, request.signal, () => {
        if (!request.signal.aborted) setContacts('checking');
      });
      if (!request.signal.aborted) setContacts(outcome);
    } catch {
      if (!request.signal.aborted) setContacts(undefined);
    }
  };

  const count = t('public.check.count', {
    count: formatCount(text.length, locale),
    max: formatCount(MAX_OFFER_LENGTH, locale),
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
        <form
          class="check-form"
          onSubmit={submit}
          onFocusIn={prefetchCheck}
          onPointerDown={prefetchCheck}
          autocomplete="off"
          noValidate
        >
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
                  <questionTexts.Form
                    texts={questionTexts.texts}
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
        {checked && <checked.View checked={checked.checked} phone={site.hotlinePhone} contacts={contacts} />}
      </div>

      {!checked && <Hotline phone={site.hotlinePhone} id="check-hotline-title" />}
    </article>
  );
}
