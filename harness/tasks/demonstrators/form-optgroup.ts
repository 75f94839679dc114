import { DemonstrationError, type Demonstrator } from './demonstrator.js';
export const formOptgroup: Demonstrator = async () => { throw new DemonstrationError('todo'); };
