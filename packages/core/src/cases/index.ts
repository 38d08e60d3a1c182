export * from './model.js';
export * from './workflow.js';
