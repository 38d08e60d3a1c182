export * from './help-request.js';
