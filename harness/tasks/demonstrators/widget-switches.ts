import { DemonstrationError, type Demonstrator } from './demonstrator.js';
export const widgetSwitches: Demonstrator = async () => { throw new DemonstrationError('todo'); };
