import type { Demonstrator } from './demonstrator.js';
export const photoLightbox: Demonstrator = async () => { throw new Error('todo'); };
