import { CONTACT_LANGUAGES, type Translator } from '@putokaz/core';
import type { ComponentChildren, TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { describedBy, FieldNotes } from '../../components/Field';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import {
  fromLocalInput,
  languageName,
  toLocalInput,
  valueLabel,
  VOCABULARIES,
  type Contact,
  type Vocabulary,
} from './contact-types';
import { MatchesPanel, type LinkChoice } from './MatchesPanel';

/** What the form edits: strings as the controls hold them. */
export interface ContactFormValues {
  occurredAt: string;
  direction: string;
  channel: string;
  callerKind: string;
  callerName: string;
  callerPhone: string;
  language: string;
  topic: string;
  urgency: string;
  summary: string;
  outcome: string;
  durationMinutes: string;
  person: LinkChoice | null;
  caseLink: LinkChoice | null;
}

/** A new contact: an incoming phone call now, in Serbian, normal urgency, about the person concerned. */
export function newContactValues(): ContactFormValues {
  return {
    occurredAt: toLocalInput(new Date().toISOString()),
    direction: 'incoming',
    channel: 'phone',
    callerKind: 'personConcerned',
    callerName: '',
    callerPhone: '',
    language: 'sr',
    topic: '',
    urgency: 'normal',
    summary: '',
    outcome: '',
    durationMinutes: '',
    person: null,
    caseLink: null,
  };
}

export function contactValues(contact: Contact): ContactFormValues {
  return {
    occurredAt: toLocalInput(contact.occurredAt),
    direction: contact.direction,
    channel: contact.channel,
    callerKind: contact.caller.kind,
    callerName: contact.caller.name ?? '',
    callerPhone: contact.caller.phone ?? '',
    language: contact.language ?? '',
    topic: contact.topic,
    urgency: contact.urgency,
    summary: contact.summary ?? '',
    outcome: contact.outcome ?? '',
    durationMinutes: contact.durationMinutes === null ? '' : String(contact.durationMinutes),
    person: contact.person
      ? { id: contact.person.id, label: contact.person.code ?? contact.person.id }
      : null,
    caseLink: contact.caseId ? { id: contact.caseId, label: contact.caseCode ?? contact.caseId } : null,
  };
}

/** The API body of the form's values (create: every field; the edit page sends only what changed). */
export function bodyOf(values: ContactFormValues): Record<string, unknown> {
  return {
    occurredAt: fromLocalInput(values.occurredAt),
    direction: values.direction,
    channel: values.channel,
    caller: {
      kind: values.callerKind,
      name: values.callerName.trim() || null,
      phone: values.callerPhone.trim() || null,
    },
    language: values.language || null,
    topic: values.topic,
    urgency: values.urgency,
    summary: values.summary.trim() || null,
    outcome: values.outcome || null,
    durationMinutes: values.durationMinutes.trim() === '' ? null : Number(values.durationMinutes),
    personId: values.person?.id ?? null,
    caseId: values.caseLink?.id ?? null,
  };
}

/** Problems the form finds before sending, by field name. */
export function checkValues(t: Translator['t'], values: ContactFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!fromLocalInput(values.occurredAt)) problems.occurredAt = t('errors.validation.required');
  if (!values.channel) problems.channel = t('console.contacts.chooseOne');
  if (!values.topic) problems.topic = t('console.contacts.chooseOne');
  const minutes = values.durationMinutes.trim();
  if (minutes && !(/^\d{1,4}$/.test(minutes) && Number(minutes) <= 1440))
    problems.durationMinutes = t('console.contacts.durationInvalid');
  return problems;
}

/** The order the form's fields come in: the first one with a problem gets the focus. */
export const FIELD_ORDER = [
  'direction',
  'channel',
  'callerPhone',
  'callerName',
  'callerKind',
  'topic',
  'urgency',
  'summary',
  'outcome',
  'language',
  'occurredAt',
  'durationMinutes',
  'personId',
  'caseId',
] as const;

export const controlId = (prefix: string, name: string) => `${prefix}-${name}`;

/** The running call timer: mm:ss since it started; "stop" puts the whole minutes (at least 1) in the form. */
function CallTimer({ prefix, onStop }: { prefix: string; onStop: (minutes: number) => void }) {
  const { t } = useI18n();
  const [startedAt, setStartedAt] = useState<number | undefined>();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (startedAt === undefined) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  const seconds = startedAt === undefined ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  const shown = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <div class="call-timer">
      {startedAt === undefined ? (
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => {
            setStartedAt(Date.now());
            setNow(Date.now());
          }}
        >
          {t('console.contacts.timerStart')}
        </button>
      ) : (
        <>
          <span role="timer" id={`${prefix}-timer`} aria-label={t('console.contacts.timerLabel')}>
            {shown}
          </span>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => {
              onStop(Math.max(1, Math.round(seconds / 60)));
              setStartedAt(undefined);
            }}
          >
            {t('console.contacts.timerStop')}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * The contact form, built for speed during a call: the phone number field has the focus, the common choices
 * are preselected (an incoming phone call, now, normal urgency), choices are big radio groups reached with Tab
 * and moved through with the arrow keys, Ctrl+Enter saves from anywhere, and the matches panel shows earlier
 * contacts, persons and cases for the number or name as they are typed.
 */
export function ContactForm({
  prefix,
  values,
  onChange,
  problems,
  busy,
  submitLabel,
  onSubmit,
  excludeContactId,
  autoFocus = false,
  children,
}: {
  prefix: string;
  values: ContactFormValues;
  onChange: (next: ContactFormValues) => void;
  problems: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  excludeContactId?: string | undefined;
  autoFocus?: boolean;
  /** Extra actions next to the submit button. */
  children?: ComponentChildren;
}) {
  const translator = useI18n();
  const { t } = translator;
  const phoneRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = (name: string) => controlId(prefix, name);
  const set = <K extends keyof ContactFormValues>(name: K, value: ContactFormValues[K]) =>
    onChange({ ...values, [name]: value });

  // After the console has moved the focus to the page heading (it does on every page change), the phone
  // number field takes it: the operator can type the number the moment the page is open.
  useEffect(() => {
    if (!autoFocus) return;
    const timer = window.setTimeout(() => phoneRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [autoFocus]);

  const choices = (vocabulary: Vocabulary): Choice[] =>
    VOCABULARIES[vocabulary].map((value) => ({
      value,
      label: valueLabel(translator, vocabulary, value),
      ...(value === 'immediateDanger' ? { tone: 'choice--danger' } : {}),
    }));

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const text = (
    name: 'callerPhone' | 'callerName' | 'durationMinutes',
    label: string,
    options: {
      type?: string;
      inputMode?: 'tel' | 'numeric' | 'text';
      hint?: string;
      autocomplete?: string;
    } = {},
  ) => (
    <div class="field">
      <label for={id(name)}>{label}</label>
      <FieldNotes id={id(name)} hint={options.hint} />
      <input
        id={id(name)}
        name={name}
        ref={name === 'callerPhone' ? phoneRef : undefined}
        type={options.type ?? 'text'}
        inputMode={options.inputMode}
        autocomplete={options.autocomplete ?? 'off'}
        spellcheck={false}
        value={values[name]}
        onInput={(event: TargetedEvent<HTMLInputElement>) => set(name, event.currentTarget.value)}
        aria-invalid={problems[name] ? 'true' : undefined}
        aria-describedby={describedBy(id(name), options.hint, problems[name])}
      />
      <FieldNotes id={id(name)} error={problems[name]} />
    </div>
  );

  return (
    <form
      ref={formRef}
      class="contact-form"
      method="post"
      noValidate
      onKeyDown={onKeyDown}
      aria-busy={busy ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onSubmit();
      }}
    >
      <div class="contact-form__main">
        <fieldset class="contact-form__section">
          <legend>{t('console.contacts.sectionCaller')}</legend>
          {text('callerPhone', t('console.contacts.field.callerPhone'), {
            type: 'tel',
            inputMode: 'tel',
            hint: t('console.contacts.phoneHint'),
          })}
          {text('callerName', t('console.contacts.field.callerName'), {
            hint: t('console.contacts.nameHint'),
          })}
          <ChoiceGroup
            id={id('callerKind')}
            name="callerKind"
            legend={t('console.contacts.field.callerKind')}
            choices={choices('callerKind')}
            value={values.callerKind}
            onChange={(v) => set('callerKind', v)}
            error={problems.callerKind}
            compact
          />
        </fieldset>

        <MatchesPanel
          prefix={prefix}
          phone={values.callerPhone}
          name={values.callerName}
          excludeContactId={excludeContactId}
          person={values.person}
          caseLink={values.caseLink}
          onLinkPerson={(person) => set('person', person)}
          onLinkCase={(caseLink) => set('caseLink', caseLink)}
        />

        <ChoiceGroup
          id={id('direction')}
          name="direction"
          legend={t('console.contacts.field.direction')}
          choices={choices('direction')}
          value={values.direction}
          onChange={(v) => set('direction', v)}
          error={problems.direction}
          compact
        />
        <ChoiceGroup
          id={id('channel')}
          name="channel"
          legend={t('console.contacts.field.channel')}
          choices={choices('channel')}
          value={values.channel}
          onChange={(v) => set('channel', v)}
          error={problems.channel}
        />
        <ChoiceGroup
          id={id('topic')}
          name="topic"
          legend={t('console.contacts.field.topic')}
          choices={choices('topic')}
          value={values.topic}
          onChange={(v) => set('topic', v)}
          error={problems.topic}
        />
        <ChoiceGroup
          id={id('urgency')}
          name="urgency"
          legend={t('console.contacts.field.urgency')}
          choices={choices('urgency')}
          value={values.urgency}
          onChange={(v) => set('urgency', v)}
          error={problems.urgency}
        />

        <div class="field">
          <label for={id('summary')}>{t('console.contacts.field.summary')}</label>
          <FieldNotes id={id('summary')} hint={t('console.contacts.summaryHint')} />
          <textarea
            id={id('summary')}
            name="summary"
            rows={6}
            value={values.summary}
            onInput={(event: TargetedEvent<HTMLTextAreaElement>) => set('summary', event.currentTarget.value)}
            aria-invalid={problems.summary ? 'true' : undefined}
            aria-describedby={describedBy(id('summary'), true, problems.summary)}
          />
          <FieldNotes id={id('summary')} error={problems.summary} />
        </div>

        <ChoiceGroup
          id={id('outcome')}
          name="outcome"
          legend={t('console.contacts.field.outcome')}
          choices={[{ value: '', label: t('console.contacts.outcomeOpen') }, ...choices('outcome')]}
          value={values.outcome}
          onChange={(v) => set('outcome', v)}
          error={problems.outcome}
        />

        <fieldset class="contact-form__section contact-form__when">
          <legend>{t('console.contacts.sectionWhen')}</legend>
          <div class="field">
            <label for={id('occurredAt')}>{t('console.contacts.field.occurredAt')}</label>
            <input
              id={id('occurredAt')}
              name="occurredAt"
              type="datetime-local"
              value={values.occurredAt}
              onInput={(event: TargetedEvent<HTMLInputElement>) =>
                set('occurredAt', event.currentTarget.value)
              }
              aria-invalid={problems.occurredAt ? 'true' : undefined}
              aria-describedby={describedBy(id('occurredAt'), undefined, problems.occurredAt)}
            />
            <FieldNotes id={id('occurredAt')} error={problems.occurredAt} />
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => set('occurredAt', toLocalInput(new Date().toISOString()))}
            >
              {t('console.contacts.now')}
            </button>
          </div>
          {text('durationMinutes', t('console.contacts.field.durationMinutes'), { inputMode: 'numeric' })}
          <CallTimer prefix={prefix} onStop={(minutes) => set('durationMinutes', String(minutes))} />
          <div class="field">
            <label for={id('language')}>{t('console.contacts.field.language')}</label>
            <select
              id={id('language')}
              name="language"
              value={values.language}
              onChange={(event: TargetedEvent<HTMLSelectElement>) =>
                set('language', event.currentTarget.value)
              }
            >
              <option value="">{t('console.contacts.languageUnknown')}</option>
              {[
                ...CONTACT_LANGUAGES,
                ...(values.language && !(CONTACT_LANGUAGES as readonly string[]).includes(values.language)
                  ? [values.language]
                  : []),
              ].map((code) => (
                <option key={code} value={code}>
                  {languageName(translator.locale, code)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        {problems.personId || problems.caseId || problems.handledBy ? (
          <div class="message message--error">
            {[problems.personId, problems.caseId, problems.handledBy].filter(Boolean).map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        ) : null}

        <div class="actions">
          <button class="button" type="submit" disabled={busy} aria-describedby={id('shortcut')}>
            {submitLabel}
          </button>
          {children}
        </div>
        <p id={id('shortcut')} class="field__hint">
          {t('console.contacts.shortcut')}
        </p>
      </div>
    </form>
  );
}
