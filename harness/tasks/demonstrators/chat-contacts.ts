import type { Demonstrator } from './demonstrator.js';
export const chatContacts: Demonstrator = async () => { throw new Error('todo'); };
