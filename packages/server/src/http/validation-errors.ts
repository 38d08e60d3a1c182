import type { Translator } from '@putokaz/core';
import type { FieldProblem } from './errors.js';

/** One issue as fastify-type-provider-zod reports it in `error.validation`. */
interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function pathOf(instancePath: string): string {
  return instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
}

/** Turns zod issues into field problems with stable codes (never echoing the submitted values). */
export function problemsFromZod(
  issues: readonly ValidationIssue[],
  context: string | undefined,
): FieldProblem[] {
  const prefix = context && context !== 'body' ? `${context}.` : '';
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const path = pathOf(issue.instancePath);
    const params = issue.params ?? {};
    const at = (p: string) => `${prefix}${p}` || context || 'body';
    switch (issue.keyword) {
      case 'unrecognized_keys':
        for (const key of (params.keys as string[] | undefined) ?? []) {
          problems.push({ path: at(path ? `${path}.${key}` : key), code: 'unknownField' });
        }
        break;
      case 'invalid_type':
        problems.push({
          path: at(path),
          code: /received undefined/.test(issue.message ?? '') ? 'required' : 'invalidType',
        });
        break;
      case 'too_small':
        if (params.origin === 'string' || params.origin === 'array') {
          problems.push({
            path: at(path),
            code: Number(params.minimum) === 1 && params.origin === 'string' ? 'required' : 'tooShort',
            values: { minimum: Number(params.minimum) },
          });
        } else problems.push({ path: at(path), code: 'invalidValue' });
        break;
      case 'too_big':
        if (params.origin === 'string' || params.origin === 'array') {
          problems.push({ path: at(path), code: 'tooLong', values: { maximum: Number(params.maximum) } });
        } else problems.push({ path: at(path), code: 'invalidValue' });
        break;
      case 'invalid_format':
        problems.push({ path: at(path), code: params.format === 'email' ? 'invalidEmail' : 'invalidValue' });
        break;
      default:
        problems.push({ path: at(path), code: 'invalidValue' });
    }
  }
  return problems;
}

/** Adds the localized message to each problem. */
export function localizeProblems(problems: readonly FieldProblem[], translator: Translator) {
  return problems.map(({ path, code, values, messageKey }) => ({
    path,
    code,
    message: translator.format(messageKey ?? `errors.validation.${code}`, values),
  }));
}
