export * from './markdown.js';
export * from './workflow.js';
export * from './page.js';
