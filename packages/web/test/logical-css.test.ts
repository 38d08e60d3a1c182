/**
 * Right-to-left readiness of the styles: every stylesheet of the public app (its own, the shared base and
 * shared components; the staff console is not required to mirror) uses logical properties
 * (`margin-inline-start`, `inset-inline-end`, `text-align: start`…) wherever direction matters, so a
 * right-to-left language mirrors the layout by itself. Physical left/right margins, paddings, borders,
 * positions, floats, clears and text alignment are refused. The browser side of the proof (a page rendered
 * with dir="rtl") is test/e2e/layout-rtl.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB_SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** The folders whose styles the public pages load. */
const PUBLIC_STYLE_FOLDERS = ['public', 'styles', 'shared'];

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The declarations of a stylesheet without comments, each with its line number. */
function declarations(css: string): { line: number; text: string }[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return withoutComments
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter((entry) => entry.text !== '');
}

/** Splits a value at spaces outside parentheses: `0 var(--a, 1rem)` → ['0', 'var(--a, 1rem)']. */
function topLevelValues(value: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of value) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (/\s/.test(character) && depth === 0) {
      if (current) values.push(current);
      current = '';
    } else current += character;
  }
  if (current) values.push(current);
  return values;
}

const PHYSICAL: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /^(margin|padding)-(left|right)\s*:/, use: '$1-inline-start / $1-inline-end' },
  { pattern: /^border-(left|right)(-[a-z]+)?\s*:/, use: 'border-inline-start / border-inline-end' },
  { pattern: /^border-(top|bottom)-(left|right)-radius\s*:/, use: 'border-start-start-radius …' },
  { pattern: /^(left|right)\s*:/, use: 'inset-inline-start / inset-inline-end' },
  { pattern: /^(float|clear)\s*:\s*(left|right)\b/, use: '$1: inline-start / inline-end' },
  { pattern: /^text-align\s*:\s*(left|right)\b/, use: 'text-align: start / end' },
  {
    pattern: /^(scroll-)?(margin|padding)\s*:(\s*[^\s;]+){4}\s*(!important)?\s*;/,
    use: 'margin-block / margin-inline',
  },
];

/** Finds physical direction properties in one stylesheet. */
function physicalDeclarations(css: string): string[] {
  const found: string[] = [];
  for (const { line, text } of declarations(css)) {
    for (const { pattern, use } of PHYSICAL) {
      // Four different values of margin/padding set left and right differently; equal ones are symmetric.
      if (pattern.source.includes('{4}')) {
        const value = /^(?:scroll-)?(?:margin|padding)\s*:\s*([^;!]+)/.exec(text)?.[1]?.trim();
        const values = value ? topLevelValues(value) : [];
        if (values.length !== 4 || values[1] === values[3]) continue;
      } else if (!pattern.test(text)) continue;
      found.push(`line ${line}: "${text}" (use ${text.replace(pattern, use)})`);
    }
  }
  return found;
}

describe('stylesheets use logical properties (right-to-left ready)', () => {
  const files = PUBLIC_STYLE_FOLDERS.flatMap((folder) => cssFiles(join(WEB_SRC, folder)));

  it('finds the stylesheets', () => {
    expect(files.map((file) => relative(WEB_SRC, file))).toEqual(
      expect.arrayContaining(['styles/base.css', 'public/public.css', 'public/check/check-ui.css']),
    );
  });

  it.each(files.map((file) => [relative(WEB_SRC, file), file] as const))(
    '%s has no physical left/right margins, paddings, borders, positions, floats or alignment',
    (_name, file) => {
      expect(physicalDeclarations(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the scan catches what it must and lets logical and symmetric properties pass', () => {
    const bad = [
      'margin-left: 1rem;',
      'padding-right: 0;',
      'border-left: 1px solid;',
      'border-right-width: 2px;',
      'left: 0;',
      'right: var(--space-2);',
      'float: left;',
      'clear: right;',
      'text-align: right;',
      'margin: 0 1rem 0 2rem;',
      'padding: 0 var(--a, 1rem) 0 0;',
      'border-top-left-radius: 4px;',
    ];
    for (const declaration of bad) expect(physicalDeclarations(`.x {\n${declaration}\n}`)).toHaveLength(1);
    const good = [
      'margin-inline-start: 1rem;',
      'padding-inline: 0;',
      'border-inline-start: 1px solid;',
      'inset-inline-end: 0;',
      'float: inline-start;',
      'text-align: start;',
      'margin: 0 1rem 0 1rem;',
      'margin: 0 auto;',
      'margin: 0 0 var(--space-4, 1.5rem);',
      'padding: var(--space-2, 0.5rem) var(--space-3, 1rem);',
      'margin: 0 var(--a, 1rem) 0 var(--a, 1rem);',
      'padding: 1rem 2rem 3rem;',
      'margin-bottom: 1rem;',
      'top: 0;',
      '/* margin-left: 1rem; */',
    ];
    for (const declaration of good) expect(physicalDeclarations(`.x {\n${declaration}\n}`)).toEqual([]);
  });
});
