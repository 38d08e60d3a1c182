export * from './contact-model.js';
