/**
 * The result of a check (loaded with the engine when the person presses Check, so the page starts without
 * it): the risk in words, the summary, the person's text with the evidence marked, each finding, the
 * questions, the checks, what the offer does not say, the contact check, sending the offer for review and the
 * hotline.
 */
import type { EvidenceSpan, Finding, OfferBaseTexts, OfferCheckResult, RiskLevel } from '@putokaz/core';
import type { MessageKey } from '@putokaz/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { SendOfferForReview } from '../help/SendOfferForReview';
import type { ContactCheck } from './contact-check';
import { Hotline } from './hotline';

const RISK_TITLE: Readonly<Record<RiskLevel, MessageKey>> = {
  low: 'public.check.risk.low',
  medium: 'public.check.risk.medium',
  high: 'public.check.risk.high',
};

/** A finished check: the result and the base texts of its language (for the labels of the gaps). */
export interface Checked {
  readonly text: string;
  readonly result: OfferCheckResult;
  readonly texts: Pick<OfferBaseTexts, 'gaps'>;
}

/** Every evidence span of the result (the findings' and the second opinion's), sorted, overlapping ones merged. */
function mergedSpans(result: OfferCheckResult, length: number): { start: number; end: number }[] {
  const spans = [
    ...result.findings.flatMap((finding) => finding.evidence),
    ...(result.similarity?.evidence ?? []),
  ]
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

/** The quoted words of a finding or of the second opinion: "In your text: “…”, “…”". */
function Quotes({ label, spans }: { label: string; spans: readonly EvidenceSpan[] }) {
  if (spans.length === 0) return null;
  return (
    <p>
      {label}{' '}
      {spans.map((span, index) => (
        <span key={span.start}>
          {index > 0 && ', '}
          <q>{span.quote}</q>
        </span>
      ))}
    </p>
  );
}

/**
 * The second opinion (see similarity.ts in @putokaz/core): no named sign, but the wording is close to risky
 * offers; shown like a finding, with the words that weighed most.
 */
function Similarity({ similarity }: { similarity: NonNullable<OfferCheckResult['similarity']> }) {
  const { t } = useI18n();
  return (
    <section
      class="check-finding check-finding--medium check-similarity"
      aria-labelledby="check-similarity-title"
    >
      <h3 id="check-similarity-title">{similarity.title}</h3>
      <p>{similarity.explanation}</p>
      <Quotes label={t('public.check.similarWords')} spans={similarity.evidence} />
      <p>
        <strong>{t('public.check.whatToDo')}</strong> {similarity.whatToDo}
      </p>
    </section>
  );
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

export function Result({
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
  // the text is shown with its marks when something in it was quoted: a sign, or the second opinion's words
  const markedWords: MessageKey | undefined = result.findings.some((finding) => finding.evidence.length > 0)
    ? 'public.check.yourText'
    : (result.similarity?.evidence.length ?? 0) > 0
      ? 'public.check.yourTextSimilar'
      : undefined;
  return (
    <div class={`check-result check-result--${result.risk}`}>
      <h2 id="check-result-title" tabIndex={-1} ref={heading}>
        {t(RISK_TITLE[result.risk])}
      </h2>
      {result.risk === 'low' && <p class="check-result__note">{t('public.check.lowNote')}</p>}
      <p>{result.summary}</p>

      {text.trim() !== '' && markedWords !== undefined && (
        <section aria-labelledby="check-text-title">
          <h3 id="check-text-title">{t(markedWords)}</h3>
          <MarkedText text={text} result={result} />
        </section>
      )}
      {result.similarity && <Similarity similarity={result.similarity} />}
      {result.findings.length > 0 && (
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
                <Quotes label={t('public.check.quotes')} spans={finding.evidence} />
                <AnswerEvidenceList finding={finding} />
                <p>
                  <strong>{t('public.check.whatToDo')}</strong> {finding.whatToDo}
                </p>
              </li>
            ))}
          </ol>
        </section>
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
