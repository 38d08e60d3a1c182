export * from './markdown.js';
export * from './workflow.js';
