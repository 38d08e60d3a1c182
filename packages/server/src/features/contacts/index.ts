/** What other features may use from contacts. */
export { contactTimelineSource, listContactsForPerson, type ContactTimelineEntry } from './timeline.js';
export { contactRoutes, type ContactRoutesOptions } from './routes.js';
export type { CaseMatcher } from './matches.js';
