/**
 * A small ICU MessageFormat implementation: plain arguments `{name}`, `{n, number}`, `{n, plural, …}` (with
 * `=N` exact matches, `offset` not supported, `#` for the number) and `{x, select, …}`. Apostrophes quote
 * syntax characters as in ICU (`'{'`, and `''` for a literal apostrophe). Plural categories come from CLDR
 * through `Intl.PluralRules`, so Serbian gets one/few/other and Ukrainian one/few/many/other.
 *
 * It is written in-house to keep the public app's JavaScript small (see docs/decisions.md).
 */
export type MessagePart =
  | { type: 'text'; value: string }
  | { type: 'argument'; name: string; format?: 'number' }
  | { type: 'pound' }
  | { type: 'plural'; name: string; options: Record<string, MessagePart[]> }
  | { type: 'select'; name: string; options: Record<string, MessagePart[]> };

export class MessageSyntaxError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(`${message} in message: ${pattern}`);
    this.name = 'MessageSyntaxError';
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): MessagePart[] {
    const parts = this.parseParts(false, false);
    if (this.pos < this.src.length) this.fail('unexpected "}"');
    return parts;
  }

  private fail(message: string): never {
    throw new MessageSyntaxError(`${message} at ${this.pos}`, this.src);
  }

  private parseParts(nested: boolean, inPlural: boolean): MessagePart[] {
    const parts: MessagePart[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] as string;
      if (ch === "'") {
        const next = this.src[this.pos + 1];
        if (next === "'") {
          text += "'";
          this.pos += 2;
          continue;
        }
        if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = this.src.indexOf("'", this.pos + 1);
          if (end < 0) this.fail('unterminated quote');
          text += this.src.slice(this.pos + 1, end).replace(/''/g, "'");
          this.pos = end + 1;
          continue;
        }
        text += ch;
        this.pos++;
        continue;
      }
      if (ch === '{') {
        flush();
        parts.push(this.parseArgument());
        continue;
      }
      if (ch === '}') {
        if (!nested) this.fail('unexpected "}"');
        break;
      }
      if (ch === '#' && inPlural) {
        flush();
        parts.push({ type: 'pound' });
        this.pos++;
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return parts;
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] as string)) this.pos++;
  }

  private readIdentifier(): string {
    this.skipSpace();
    const match = /^[A-Za-z0-9_=.-]+/.exec(this.src.slice(this.pos));
    if (!match) this.fail('expected a name');
    this.pos += match[0].length;
    this.skipSpace();
    return match[0];
  }

  private expect(ch: string): void {
    if (this.src[this.pos] !== ch) this.fail(`expected "${ch}"`);
    this.pos++;
  }

  private parseArgument(): MessagePart {
    this.expect('{');
    const name = this.readIdentifier();
    if (this.src[this.pos] === '}') {
      this.pos++;
      return { type: 'argument', name };
    }
    this.expect(',');
    const kind = this.readIdentifier();
    if (kind === 'number') {
      this.expect('}');
      return { type: 'argument', name, format: 'number' };
    }
    if (kind !== 'plural' && kind !== 'select') this.fail(`unsupported argument type "${kind}"`);
    this.expect(',');
    const options: Record<string, MessagePart[]> = {};
    this.skipSpace();
    while (this.src[this.pos] !== '}') {
      if (this.pos >= this.src.length) this.fail('unterminated argument');
      const key = this.readIdentifier();
      if (options[key]) this.fail(`duplicate option "${key}"`);
      this.expect('{');
      options[key] = this.parseParts(true, kind === 'plural');
      this.expect('}');
      this.skipSpace();
    }
    this.pos++;
    if (!options.other) this.fail(`${kind} "${name}" lacks an "other" option`);
    return { type: kind, name, options };
  }
}

const parsedCache = new Map<string, MessagePart[]>();

export function parseMessage(pattern: string): MessagePart[] {
  let parts = parsedCache.get(pattern);
  if (!parts) {
    parts = new Parser(pattern).parse();
    parsedCache.set(pattern, parts);
  }
  return parts;
}

export type MessageValues = Readonly<Record<string, string | number | undefined>>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

function render(
  locale: string,
  parts: MessagePart[],
  values: MessageValues,
  pound: number | undefined,
): string {
  let out = '';
  for (const part of parts) {
    switch (part.type) {
      case 'text':
        out += part.value;
        break;
      case 'pound':
        out += pound === undefined ? '#' : formatNumber(locale, pound);
        break;
      case 'argument': {
        const value = values[part.name];
        if (value === undefined) out += `{${part.name}}`;
        else out += typeof value === 'number' ? formatNumber(locale, value) : value;
        break;
      }
      case 'plural': {
        const n = Number(values[part.name] ?? 0);
        const branch =
          part.options[`=${n}`] ?? part.options[pluralRules(locale).select(n)] ?? part.options.other;
        out += render(locale, branch ?? [], values, n);
        break;
      }
      case 'select': {
        const key = String(values[part.name] ?? 'other');
        out += render(locale, part.options[key] ?? part.options.other ?? [], values, pound);
        break;
      }
    }
  }
  return out;
}

/** Formats one ICU message for a locale. Missing values are left visible as `{name}` rather than dropped. */
export function formatMessage(locale: string, pattern: string, values: MessageValues = {}): string {
  return render(locale, parseMessage(pattern), values, undefined);
}

export interface MessageShape {
  /** Every argument name the message uses, sorted. */
  arguments: string[];
  /** For every plural argument, the option keywords it defines (without `=N` exact matches). */
  plurals: { name: string; categories: string[] }[];
}

/** Describes a message's placeholders and plural forms, for the catalog completeness test. */
export function messageShape(pattern: string): MessageShape {
  const args = new Set<string>();
  const plurals: MessageShape['plurals'] = [];
  const walk = (parts: MessagePart[]) => {
    for (const part of parts) {
      if (part.type === 'argument') args.add(part.name);
      if (part.type === 'plural' || part.type === 'select') {
        args.add(part.name);
        if (part.type === 'plural') {
          plurals.push({
            name: part.name,
            categories: Object.keys(part.options)
              .filter((k) => !k.startsWith('='))
              .sort(),
          });
        }
        for (const option of Object.values(part.options)) walk(option);
      }
    }
  };
  walk(parseMessage(pattern));
  return { arguments: [...args].sort(), plurals };
}

/** The CLDR plural categories a locale needs for integers and decimals. */
export function requiredPluralCategories(locale: string): string[] {
  return [...pluralRules(locale).resolvedOptions().pluralCategories].sort();
}
