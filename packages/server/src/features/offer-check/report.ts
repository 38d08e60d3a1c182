/**
 * The readable report of one offer check, for the terminal: the risk level and score, each finding with its
 * title, strength and the quoted evidence, the second opinion when it raised the result, the questions to ask and the things to check, in the result's
 * language. Headings are written here (the engine's texts carry everything else); Serbian is written once,
 * in Cyrillic, and the Latin headings are derived from it.
 */
import { cyrillicToLatin, type Locale } from '@putokaz/core';
import { OFFER_TEXTS, type OfferCheckResult } from '@putokaz/core/offer-check/all';

interface Headings {
  risk: string;
  score: string;
  findings: string;
  none: string;
  inText: string;
  fromAnswers: string;
  questions: string;
  verify: string;
  catalog: string;
  probability: string;
  model: string;
}

const EN: Headings = {
  risk: 'Risk',
  score: 'Score',
  findings: 'Warning signs',
  none: 'No warning signs were found in what was entered.',
  inText: 'In the text',
  fromAnswers: 'From the answers',
  questions: 'Questions to ask',
  verify: 'Things to check',
  catalog: 'Indicator catalogue',
  probability: 'probability',
  model: 'similarity model',
};

const SR_CYRL: Headings = {
  risk: 'Ризик',
  score: 'Бодови',
  findings: 'Знаци упозорења',
  none: 'У ономе што је унето нису пронађени знаци упозорења.',
  inText: 'У тексту',
  fromAnswers: 'Из одговора',
  questions: 'Питања која треба поставити',
  verify: 'Шта треба проверити',
  catalog: 'Каталог показатеља',
  probability: 'вероватноћа',
  model: 'модел сличности',
};

const UK: Headings = {
  risk: 'Ризик',
  score: 'Бали',
  findings: 'Тривожні ознаки',
  none: 'У введеному не знайдено тривожних ознак.',
  inText: 'У тексті',
  fromAnswers: 'З відповідей',
  questions: 'Що запитати',
  verify: 'Що перевірити',
  catalog: 'Каталог ознак',
  probability: 'ймовірність',
  model: 'модель схожості',
};

const latin = (h: Headings): Headings =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, cyrillicToLatin(v)])) as unknown as Headings;

export const REPORT_HEADINGS: Readonly<Record<Locale, Headings>> = {
  'sr-Latn': latin(SR_CYRL),
  'sr-Cyrl': SR_CYRL,
  en: EN,
  uk: UK,
};

/** Whitespace (line breaks included) folded to single spaces, so a quote stays on one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The report as plain text, ending with a newline. */
export function formatOfferReport(result: OfferCheckResult): string {
  const h = REPORT_HEADINGS[result.locale];
  const texts = OFFER_TEXTS[result.locale];
  const out: string[] = [];
  out.push(`${h.risk}: ${texts.risk[result.risk].title} (${result.risk})`);
  out.push(`${h.score}: ${result.score}/100`);
  out.push(result.summary);
  out.push('');
  if (result.findings.length === 0) {
    out.push(h.none);
  } else {
    out.push(`${h.findings} (${result.findings.length}):`);
    result.findings.forEach((finding, index) => {
      out.push(`${index + 1}. ${finding.title} [${finding.strengthLabel}]`);
      const quotes = finding.evidence.map((e) => `"${oneLine(e.quote)}"`);
      if (quotes.length) out.push(`   ${h.inText}: ${quotes.join(', ')}`);
      const answers = finding.answers.map((a) => `${a.questionLabel} — ${a.answerLabel}`);
      for (const answer of answers) out.push(`   ${h.fromAnswers}: ${oneLine(answer)}`);
      if (finding.detail) out.push(`   ${oneLine(finding.detail)}`);
    });
  }
  const similarity = result.similarity;
  if (similarity) {
    out.push('', `${similarity.title} (${h.probability} ${similarity.probability}):`);
    out.push(`   ${oneLine(similarity.explanation)}`);
    const quotes = similarity.evidence.map((e) => `"${oneLine(e.quote)}"`);
    if (quotes.length) out.push(`   ${h.inText}: ${quotes.join(', ')}`);
    out.push(`   ${oneLine(similarity.whatToDo)}`);
  }
  if (result.questions.length) {
    out.push('', `${h.questions}:`);
    for (const q of result.questions) out.push(`  - ${q}`);
  }
  if (result.verify.length) {
    out.push('', `${h.verify}:`);
    for (const v of result.verify) out.push(`  - ${v}`);
  }
  out.push('', `${h.catalog}: ${result.catalogVersion}`);
  if (similarity) out.push(`${h.model}: ${similarity.modelVersion}`);
  return `${out.join('\n')}\n`;
}
