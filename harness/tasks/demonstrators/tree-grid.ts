import type { Demonstrator } from './demonstrator.js';
export const treeGrid: Demonstrator = async () => { throw new Error('todo'); };
