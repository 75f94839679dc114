import type { Demonstrator } from './demonstrator.js';
export const sheetCell: Demonstrator = async () => { throw new Error('todo'); };
