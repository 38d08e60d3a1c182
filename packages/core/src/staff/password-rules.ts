/** Password length rules shared by the console (hints) and the server (enforcement). No composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordLengthProblem =
  { code: 'tooShort'; minimum: number } | { code: 'tooLong'; maximum: number };

/** Length in Unicode code points, so a passphrase in Cyrillic or with emoji counts what the person typed. */
export function passwordLength(password: string): number {
  return Array.from(password.normalize('NFC')).length;
}

export function checkPasswordLength(password: string): PasswordLengthProblem | undefined {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { code: 'tooShort', minimum: PASSWORD_MIN_LENGTH };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'tooLong', maximum: PASSWORD_MAX_LENGTH };
  return undefined;
}
