import { checkPasswordLength } from '@putokaz/core';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldProblem } from '../../http/errors.js';

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  // 49k common passwords bundled with @zxcvbn-ts/language-common; checked offline, loaded on first use.
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

function isTrivialSequence(password: string): boolean {
  if (/^(.)\1+$/u.test(password)) return true;
  const codes = Array.from(password).map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}

/**
 * The password rules of the security model: 12 to 128 characters, no composition rules, not a common
 * password (also with digits or symbols only added around it), not a trivial sequence, and not built on the
 * organisation's name or the person's e-mail. Returns the problem for the `password` field, if any.
 */
export function checkPassword(
  password: string,
  context: { organisationName: string; email?: string | undefined; field?: string },
): FieldProblem | undefined {
  const path = context.field ?? 'password';
  const length = checkPasswordLength(password);
  if (length?.code === 'tooShort') {
    return {
      path,
      code: 'tooShort',
      messageKey: 'errors.password.tooShort',
      values: { minimum: length.minimum },
    };
  }
  if (length?.code === 'tooLong') {
    return {
      path,
      code: 'tooLong',
      messageKey: 'errors.password.tooLong',
      values: { maximum: length.maximum },
    };
  }
  const lower = password.normalize('NFC').toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const banned = [context.organisationName, 'putokaz', 'путоказ', context.email?.split('@')[0] ?? '']
    .map((w) => w.toLowerCase().trim())
    .filter((w) => w.length >= 4);
  const isCommon =
    commonPasswords().has(lower) ||
    (core.length > 0 && commonPasswords().has(core)) ||
    isTrivialSequence(lower) ||
    banned.some((word) => lower.includes(word));
  return isCommon ? { path, code: 'common', messageKey: 'errors.password.common' } : undefined;
}
