import { readFileSync } from 'node:fs';

/** The server package's version, as /healthz and the CLI report it. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
