export * from './i18n/locales.js';
export * from './i18n/message-format.js';
export * from './i18n/catalog.js';
export * from './text/serbian.js';
export * from './staff/password-rules.js';
export * from './access/permissions.js';
