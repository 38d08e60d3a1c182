import { z } from 'zod';

/** The one error shape of the API, for the OpenAPI document. */
export const ErrorResponse = z.object({
  error: z.object({
    code: z.string().describe('Stable machine-readable code, e.g. validation, notFound, conflict'),
    message: z.string().describe("Message in the request's language"),
    details: z.unknown().optional(),
  }),
});
