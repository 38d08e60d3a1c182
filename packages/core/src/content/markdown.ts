/**
 * A small, safe Markdown subset for texts the NGO publishes (scam alerts and, later, other public content).
 *
 * Supported: paragraphs (lines separated by a blank line), headings (`#` to `######`), bullet lists (`-`, `*`,
 * `+`), numbered lists (`1.` or `1)`), strong (`**…**`, `__…__`), emphasis (`*…*`, `_…_`), links
 * `[text](address)` to `http:`, `https:`, `tel:` and `mailto:` addresses only, backslash escapes and hard line
 * breaks inside a paragraph are joined with a space. Everything else is text: raw HTML is never passed through
 * (`<b>` shows as the characters `<b>`), a link to any other scheme (`javascript:`, `data:`, a relative
 * address…) is shown as its text without a link.
 *
 * `parseMarkdown` returns a plain structure that any renderer can walk (the web app turns it into Preact
 * elements, never into `innerHTML`); `renderMarkdownHtml` turns it into an HTML string in which every piece of
 * the input is escaped. No DOM, no Node built-ins: it runs the same in the browser and on the server.
 */

export type MarkdownInline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong'; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'em'; readonly children: readonly MarkdownInline[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly MarkdownInline[] };

export type MarkdownBlock =
  | {
      readonly type: 'heading';
      readonly level: 1 | 2 | 3 | 4 | 5 | 6;
      readonly children: readonly MarkdownInline[];
    }
  | { readonly type: 'paragraph'; readonly children: readonly MarkdownInline[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      /** The number of the first item of a numbered list (`3.` starts at 3). */
      readonly start: number;
      readonly items: readonly (readonly MarkdownInline[])[];
    };

/** Longest input parsed; anything beyond is cut (texts of the public app are short). */
export const MARKDOWN_MAX_LENGTH = 50_000;

const HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/;
const BULLET_RE = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED_RE = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const CONTINUATION_RE = /^(?: {2,}|\t)\S/;

/** True when the text holds a C0 or C1 control character. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Addresses a link may have: web pages, phone numbers and e-mail addresses. Nothing else becomes a link. */
export function isSafeLinkTarget(href: string): boolean {
  if (/[\s<>"'`\\]/.test(href) || hasControl(href)) return false;
  if (/^https?:\/\/[^/?#@:]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i.test(href)) return true;
  if (/^tel:\+?[0-9][0-9().-]{1,30}$/i.test(href)) return true;
  if (/^mailto:[^@/?#:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/i.test(href)) return true;
  return false;
}

/** Parses the supported Markdown subset into blocks. Never throws. */
export function parseMarkdown(source: string): MarkdownBlock[] {
  const text = String(source).slice(0, MARKDOWN_MAX_LENGTH).replace(/\r\n?/g, '\n').split('\u0000').join('');
  const lines = text.split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[][] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      blocks.push({
        type: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((item) => parseInline(item.join(' '))),
      });
    }
    list = undefined;
  };

  for (const raw of lines) {
    const line = raw.replace(/[ \t]+$/, '');
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING_RE.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      const level = (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline((heading[2] ?? '').trim()) });
      continue;
    }
    const bullet = BULLET_RE.exec(line);
    const ordered = bullet ? undefined : ORDERED_RE.exec(line);
    if (bullet || ordered) {
      flushParagraph();
      const isOrdered = Boolean(ordered);
      if (!list || list.ordered !== isOrdered) {
        flushList();
        list = { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
      }
      list.items.push([((bullet ? bullet[1] : ordered?.[2]) ?? '').trim()]);
      continue;
    }
    if (list && CONTINUATION_RE.test(line)) {
      list.items[list.items.length - 1]?.push(line.trim());
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!<>|~"\''.split(''));

/** Finds the closing delimiter of an emphasis run starting at `from`, or -1. */
function findClosing(text: string, delimiter: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      // The closing run may not follow a space, and a single `*` may not be part of `**`.
      if (/\s/.test(text[i - 1] ?? ' ')) continue;
      if (delimiter.length === 1 && text[i + 1] === delimiter) {
        i++;
        continue;
      }
      if (delimiter[0] === '_' && /[\p{L}\p{N}]/u.test(text[i + delimiter.length] ?? '')) continue;
      return i;
    }
  }
  return -1;
}

/** Finds the `]` that closes a link text opened just before `from` (nested brackets balanced), or -1. */
function findLinkTextEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      depth++;
    } else if (ch === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function pushText(out: MarkdownInline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + text };
  else out.push({ type: 'text', text });
}

/** Inline markup of one paragraph, heading or list item. `inLink` forbids links inside a link's text. */
export function parseInline(text: string, inLink = false, depth = 0): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  let buffer = '';
  const flush = () => {
    pushText(out, buffer);
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.has(text[i + 1] as string)) {
      buffer += text[i + 1];
      i++;
      continue;
    }
    if (ch === '[' && !inLink && depth < 8) {
      const end = findLinkTextEnd(text, i + 1);
      if (end > i && text[end + 1] === '(') {
        const close = text.indexOf(')', end + 2);
        if (close > end) {
          const target = text.slice(end + 2, close).trim();
          const label = text.slice(i + 1, end);
          flush();
          const children = parseInline(label, true, depth + 1);
          if (isSafeLinkTarget(target)) out.push({ type: 'link', href: target, children });
          else for (const child of children) out.push(child);
          i = close;
          continue;
        }
      }
    }
    if ((ch === '*' || ch === '_') && depth < 8) {
      const double = text[i + 1] === ch;
      const delimiter = double ? ch + ch : ch;
      const start = i + delimiter.length;
      const opensWord = !/\s/.test(text[start] ?? ' ');
      const intraword = ch === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      if (opensWord && !intraword) {
        const close = findClosing(text, delimiter, start);
        if (close > start) {
          flush();
          const children = parseInline(text.slice(start, close), inLink, depth + 1);
          out.push(double ? { type: 'strong', children } : { type: 'em', children });
          i = close + delimiter.length - 1;
          continue;
        }
      }
      buffer += delimiter;
      i += delimiter.length - 1;
      continue;
    }
    buffer += ch;
  }
  flush();
  return out;
}

/** Escapes text for HTML element content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface MarkdownHtmlOptions {
  /**
   * The level a `#` heading gets (default 1). A text shown under a page's own `h2` passes 3, so its `#` is an
   * `h3`, `##` an `h4` and so on (never beyond `h6`).
   */
  readonly headingLevel?: number;
}

/** The heading level a block gets on the page, given the level its own text starts at. */
export function headingLevelOf(level: number, headingLevel = 1): 1 | 2 | 3 | 4 | 5 | 6 {
  const base = Math.min(Math.max(Math.trunc(headingLevel) || 1, 1), 6);
  return Math.min(level + base - 1, 6) as 1 | 2 | 3 | 4 | 5 | 6;
}

function inlineHtml(nodes: readonly MarkdownInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(node.children)}</em>`;
        case 'link':
          // Re-checked here too: a structure built by hand never bypasses the rule.
          return isSafeLinkTarget(node.href)
            ? `<a href="${escapeHtml(node.href)}" rel="noreferrer">${inlineHtml(node.children)}</a>`
            : inlineHtml(node.children);
      }
    })
    .join('');
}

/** The blocks (or Markdown source) as an HTML string: only the tags of the subset, every input character escaped. */
export function renderMarkdownHtml(
  input: string | readonly MarkdownBlock[],
  options: MarkdownHtmlOptions = {},
): string {
  const blocks = typeof input === 'string' ? parseMarkdown(input) : input;
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading': {
          const level = headingLevelOf(block.level, options.headingLevel);
          return `<h${level}>${inlineHtml(block.children)}</h${level}>`;
        }
        case 'paragraph':
          return `<p>${inlineHtml(block.children)}</p>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
          const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('');
          return `<${tag}${start}>${items}</${tag}>`;
        }
      }
    })
    .join('\n');
}

/** The text of inline nodes without markup (for a summary, a title attribute or a search). */
export function inlineText(nodes: readonly MarkdownInline[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
}

/** The text of a Markdown source without markup, blocks separated by blank lines. */
export function markdownToPlainText(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.type === 'list'
        ? block.items.map((item) => inlineText(item)).join('\n')
        : inlineText(block.children),
    )
    .join('\n\n');
}
