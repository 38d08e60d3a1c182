import { describe, expect, it } from 'vitest';
import { formatMessage, MessageSyntaxError, messageShape, parseMessage } from '../src/i18n/message-format.js';

describe('formatMessage', () => {
  it('fills arguments and formats numbers per locale', () => {
    expect(formatMessage('en', 'Hello {name}', { name: 'Ana' })).toBe('Hello Ana');
    expect(formatMessage('en', '{n, number} items', { n: 1234.5 })).toBe('1,234.5 items');
    expect(formatMessage('sr-Latn', '{n, number}', { n: 1234.5 })).toBe('1.234,5');
  });

  it('chooses Serbian plural forms one/few/other', () => {
    const m = '{n, plural, one {# dan} few {# dana} other {# dana.}}';
    expect(formatMessage('sr-Latn', m, { n: 1 })).toBe('1 dan');
    expect(formatMessage('sr-Latn', m, { n: 21 })).toBe('21 dan');
    expect(formatMessage('sr-Latn', m, { n: 3 })).toBe('3 dana');
    expect(formatMessage('sr-Latn', m, { n: 11 })).toBe('11 dana.');
    expect(formatMessage('sr-Latn', m, { n: 5 })).toBe('5 dana.');
  });

  it('chooses Ukrainian plural forms one/few/many/other', () => {
    const m = '{n, plural, one {# день} few {# дні} many {# днів} other {# дня}}';
    expect(formatMessage('uk', m, { n: 1 })).toBe('1 день');
    expect(formatMessage('uk', m, { n: 2 })).toBe('2 дні');
    expect(formatMessage('uk', m, { n: 5 })).toBe('5 днів');
    expect(formatMessage('uk', m, { n: 1.5 })).toBe('1,5 дня');
  });

  it('prefers exact matches and supports select and quoting', () => {
    expect(formatMessage('en', '{n, plural, =0 {none} one {one} other {#}}', { n: 0 })).toBe('none');
    expect(formatMessage('en', '{g, select, a {A} other {O}}', { g: 'a' })).toBe('A');
    expect(formatMessage('en', '{g, select, a {A} other {O}}', { g: 'z' })).toBe('O');
    expect(formatMessage('en', "It''s '{literal}'", {})).toBe("It's {literal}");
  });

  it('keeps a missing value visible instead of dropping it', () => {
    expect(formatMessage('en', 'Call {phone}', {})).toBe('Call {phone}');
  });

  it('rejects broken syntax', () => {
    expect(() => parseMessage('{n, plural, one {x}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('unbalanced }')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, date}')).toThrow(MessageSyntaxError);
  });

  it('describes placeholders and plural categories', () => {
    expect(messageShape('{a} and {n, plural, one {# x {b}} few {#} other {#}}')).toEqual({
      arguments: ['a', 'b', 'n'],
      plurals: [{ name: 'n', categories: ['few', 'one', 'other'] }],
    });
  });
});
