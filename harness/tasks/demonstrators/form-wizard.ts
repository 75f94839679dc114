import { DemonstrationError, type Demonstrator } from './demonstrator.js';
export const formWizard: Demonstrator = async () => { throw new DemonstrationError('todo'); };
