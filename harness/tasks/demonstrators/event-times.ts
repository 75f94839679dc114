import type { Demonstrator } from './demonstrator.js';
export const eventTimes: Demonstrator = async () => { throw new Error('todo'); };
