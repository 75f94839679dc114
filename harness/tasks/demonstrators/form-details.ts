import { DemonstrationError, type Demonstrator } from './demonstrator.js';
export const formDetails: Demonstrator = async () => { throw new DemonstrationError('todo'); };
