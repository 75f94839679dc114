import { DemonstrationError, type Demonstrator } from './demonstrator.js';
export const courseCatalog: Demonstrator = async () => { throw new DemonstrationError('todo'); };
