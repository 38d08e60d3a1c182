import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSafeLinkTarget,
  markdownToPlainText,
  parseMarkdown,
  renderMarkdownHtml,
} from '../src/content/markdown.js';
import {
  allowedStatusChanges,
  canChangeStatus,
  contentSourceLocale,
  contentTextFor,
  isContentSlug,
} from '../src/content/workflow.js';

/** Every `<` in the output opens or closes one of the renderer's own tags. */
const OWN_TAG = /^<\/?(?:p|h[1-6]|ul|ol|li|strong|em|a)(?:[ >])/;

function tagsAreOwn(html: string): boolean {
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (!OWN_TAG.test(html.slice(i, i + 10))) return false;
  }
  return true;
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
}

/** Strings built from the characters that matter to Markdown and HTML, plus ordinary letters. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '*',
        '**',
        '_',
        '[',
        ']',
        '(',
        ')',
        '#',
        '- ',
        '1. ',
        '\n',
        '\n\n',
        ' ',
        '\\',
        '`',
        'javascript:',
        'JaVaScRiPt:',
        'data:',
        'vbscript:',
        'http://',
        'https://example.org/x',
        'tel:',
        'mailto:',
        '<script>',
        '</script>',
        '<img src=x onerror=alert(1)>',
        'onerror=',
        '&lt;',
        '&#x3c;',
        '\u0000',
        'ž',
        'Ђ',
        'ї',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('safe Markdown renderer', () => {
  it('renders the supported subset', () => {
    const html = renderMarkdownHtml(
      [
        '# Fake warehouse jobs',
        '',
        'Ads in **Facebook groups** offer *easy* work.',
        'They ask for a fee.',
        '',
        '- never pay a fee',
        '- keep your passport',
        '',
        '3. call [the hotline](tel:+381800000000)',
        '4. write to [us](mailto:help@example.org) or read [the guide](https://example.org/guide?a=1&b=2)',
      ].join('\n'),
      { headingLevel: 3 },
    );
    expect(html).toBe(
      [
        '<h3>Fake warehouse jobs</h3>',
        '<p>Ads in <strong>Facebook groups</strong> offer <em>easy</em> work. They ask for a fee.</p>',
        '<ul><li>never pay a fee</li><li>keep your passport</li></ul>',
        '<ol start="3"><li>call <a href="tel:+381800000000" rel="noreferrer">the hotline</a></li>' +
          '<li>write to <a href="mailto:help@example.org" rel="noreferrer">us</a> or read ' +
          '<a href="https://example.org/guide?a=1&amp;b=2" rel="noreferrer">the guide</a></li></ol>',
      ].join('\n'),
    );
  });

  it('never passes HTML through and drops links to other schemes', () => {
    const html = renderMarkdownHtml(
      '<script>alert(1)</script> [click](javascript:alert(1)) [img](data:text/html,x) <b onclick="x">b</b>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('click');
    expect(tagsAreOwn(html)).toBe(true);
  });

  it('keeps escaped characters and unmatched markers as text', () => {
    expect(renderMarkdownHtml('\\*not em\\* and 2 * 3 * 4, snake_case_name, [no link]')).toBe(
      '<p>*not em* and 2 * 3 * 4, snake_case_name, [no link]</p>',
    );
  });

  it('accepts only web, phone and e-mail link targets', () => {
    for (const ok of [
      'https://example.org',
      'http://example.org/a?b#c',
      'tel:+381 11',
      'tel:0800-000',
      'mailto:a@example.org',
    ])
      expect(isSafeLinkTarget(ok.replace(' ', '')), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/relative',
      'https://exa mple.org',
      'https://example.org/"onmouseover="x',
      'https://user:pw@example.org',
      'mailto:a@example.org?subject=x',
      'tel:javascript',
      'vbscript:x',
    ])
      expect(isSafeLinkTarget(bad), bad).toBe(false);
  });

  it('property: the output holds no script, no javascript: link and no unescaped < from the input', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 1, max: 6 }), (source, headingLevel) => {
        const html = renderMarkdownHtml(source, { headingLevel });
        expect(html).not.toMatch(/<script/i);
        expect(tagsAreOwn(html)).toBe(true);
        for (const href of hrefs(html)) {
          expect(href).toMatch(/^(https?:\/\/|tel:|mailto:)/i);
          expect(href.toLowerCase()).not.toContain('javascript:');
          expect(isSafeLinkTarget(href)).toBe(true);
        }
        // Attribute values never break out of their quotes.
        expect(html).not.toMatch(/<a href="[^"]*"[^>]*"/);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: arbitrary strings never produce a foreign tag or throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (source) => {
        const html = renderMarkdownHtml(source);
        expect(tagsAreOwn(html)).toBe(true);
        expect(html).not.toMatch(/<script/i);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: plain words come out as the same words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zА-Яа-яїіє0-9,.!?]{1,12}$/), { minLength: 1, maxLength: 20 }),
        (words) => {
          const source = words.join(' ');
          const blocks = parseMarkdown(source);
          // A word such as "1." or "#" at the start may make a list or heading; the text itself survives.
          expect(markdownToPlainText(source).replace(/\s+/g, ' ').trim()).toContain(
            source
              .replace(/^(#{1,6}|\d{1,9}[.)])(?=\s)/, '')
              .trim()
              .split(' ')
              .at(-1),
          );
          expect(blocks.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('derives levels of headings without going past h6', () => {
    expect(renderMarkdownHtml('###### deep', { headingLevel: 3 })).toBe('<h6>deep</h6>');
    expect(renderMarkdownHtml('## two', { headingLevel: 2 })).toBe('<h3>two</h3>');
  });
});

describe('editorial workflow', () => {
  it('publishes only a reviewed text and lets every state go back to draft', () => {
    expect(canChangeStatus('draft', 'published')).toBe(false);
    expect(canChangeStatus('draft', 'reviewed')).toBe(true);
    expect(canChangeStatus('reviewed', 'published')).toBe(true);
    expect(canChangeStatus('reviewed', 'draft')).toBe(true);
    expect(canChangeStatus('published', 'draft')).toBe(true);
    expect(canChangeStatus('published', 'reviewed')).toBe(false);
    expect(allowedStatusChanges('draft')).toEqual(['reviewed']);
  });

  it('shows Serbian Latin from the Cyrillic text', () => {
    expect(contentSourceLocale('sr-Latn')).toBe('sr-Cyrl');
    expect(contentSourceLocale('uk')).toBe('uk');
    expect(contentTextFor('sr-Latn', 'Лажни послови у Њемачкој [линк](https://example.org/ђ)')).toBe(
      'Lažni poslovi u Njemačkoj [link](https://example.org/đ)',
    );
  });

  it('checks slugs', () => {
    expect(isContentSlug('fake-warehouse-jobs-germany')).toBe(true);
    for (const bad of ['', 'Fake', 'a--b', '-a', 'a_b', 'ä', 'a'.repeat(81)])
      expect(isContentSlug(bad), bad).toBe(false);
  });
});
