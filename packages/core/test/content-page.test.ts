import { describe, expect, it } from 'vitest';
import {
  PAGE_SLOTS,
  contentPageByPath,
  renderPageBodyHtml,
  renderPageHeadHtml,
  replacePageSlots,
  splitPageSections,
  type PageContent,
} from '../src/content/page.js';

const labels = {
  contactsTitle: 'Numbers',
  contactSource: 'Source:',
  contactChecked: 'Checked:',
  contactUnverified: 'NOT VERIFIED',
  checklistKeep: 'Print it',
  hotlineLabel: 'Hotline',
  hotlineText: 'Free',
  hotlinePhone: '0800 000 000',
};

const page: PageContent = {
  title: 'Title <b>',
  intro: 'Intro "quoted"',
  sections: [
    {
      id: 'one',
      heading: 'One & two',
      body: 'Text <script>x</script> [bad](javascript:alert(1))\n\n- a\n- b',
    },
  ],
  checklist: { heading: 'List', note: 'Never saved', items: ['first <i>', 'second'] },
  contacts: [
    { label: 'Police', phone: '192', source: 'Ministry', lastVerified: '2026-11-28' },
    { label: 'Unchecked', phone: '999' },
  ],
};

describe('informational pages', () => {
  it('splits sections and reports what it cannot use', () => {
    expect(splitPageSections('## A {#a}\n\ntext\n\n## B {#b-2}\nmore').sections).toEqual([
      { id: 'a', heading: 'A', body: 'text' },
      { id: 'b-2', heading: 'B', body: 'more' },
    ]);
    expect(splitPageSections('loose\n## A {#a}').problems).toEqual([
      { code: 'textBeforeSection', values: { line: 1 } },
    ]);
    expect(splitPageSections('## A').problems).toEqual([{ code: 'sectionHeading', values: { line: 1 } }]);
    // Lines count from where the Markdown starts in the whole text (after a front matter of 4 lines: 5).
    expect(splitPageSections('## A {#a}\n## B {#a}', 5).problems).toEqual([
      { code: 'sectionIdTwice', values: { line: 6, id: 'a' } },
    ]);
    // Sub-headings stay inside a section.
    expect(splitPageSections('## A {#a}\n### Sub\ntext').sections[0]?.body).toBe('### Sub\ntext');
  });

  it('escapes every text and hides unverified contacts unless asked', () => {
    const head = renderPageHeadHtml(page);
    expect(head).toContain('Title &lt;b&gt;');
    const html = renderPageBodyHtml(page, { labels, locale: 'en' });
    expect(html).not.toMatch(/<script|<i>|javascript:/);
    expect(html).toContain('One &amp; two');
    expect(html).toContain('<ul><li>a</li><li>b</li></ul>');
    expect(html).toContain('first &lt;i&gt;');
    expect(html).toContain('href="tel:192"');
    expect(html).not.toContain('Unchecked');
    expect(html).toContain('href="tel:0800000000"');
    const preview = renderPageBodyHtml(page, { labels, locale: 'en', showUnverified: true });
    expect(preview).toContain('Unchecked');
    expect(preview).toContain('NOT VERIFIED');
  });

  it('replaces the marked parts, the title and the description of a built page', () => {
    const built =
      `<head><title>Old</title><meta name="description" content="old"/></head>` +
      `${PAGE_SLOTS.head[0]}OLD HEAD${PAGE_SLOTS.head[1]}<nav>kept</nav>${PAGE_SLOTS.body[0]}OLD${PAGE_SLOTS.body[1]}`;
    const out = replacePageSlots(built, {
      head: 'H',
      body: 'B',
      documentTitle: 'New <t>',
      description: 'D "q"',
    });
    expect(out).toContain(`${PAGE_SLOTS.head[0]}H${PAGE_SLOTS.head[1]}<nav>kept</nav>${PAGE_SLOTS.body[0]}B`);
    expect(out).toContain('<title>New &lt;t&gt;</title>');
    expect(out).toContain('content="D &quot;q&quot;"');
    expect(
      replacePageSlots('<p>no markers</p>', { head: '', body: '', documentTitle: '', description: '' }),
    ).toBeUndefined();
  });

  it('knows the pages by their stable addresses', () => {
    expect(contentPageByPath('/before-you-go/germany')?.id).toBe('before-you-go-germany');
    expect(contentPageByPath('/rights')?.id).toBe('rights');
    expect(contentPageByPath('/check')).toBeUndefined();
  });
});
