import { createTranslator, isLocale, negotiateLocale, type Locale, type Translator } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language the answer is written in: `?lang=`, then Accept-Language, then sr-Latn. */
    locale: Locale;
    i18n: Translator;
  }
}

const translators = new Map<Locale, Translator>();
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator(locale, CATALOGS[locale]);
    translators.set(locale, translator);
  }
  return translator;
}

export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const explicit = query?.lang;
  if (isLocale(explicit)) return explicit;
  return negotiateLocale(request.headers['accept-language']);
}

/** Gives every request its locale and translator. */
export const localePlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('locale', 'sr-Latn');
    app.decorateRequest('i18n', null as unknown as Translator);
    app.addHook('onRequest', async (request) => {
      request.locale = requestLocale(request);
      request.i18n = translatorFor(request.locale);
    });
  },
  { name: 'putokaz-locale' },
);
