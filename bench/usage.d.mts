// Types of bench/usage.mjs (plain JavaScript, so that the .mjs scripts can import it under plain node).
export function headerText(source: string): string;
export function asksForHelp(argv?: readonly string[]): boolean;
export function exitOnHelp(scriptUrl: string, argv?: readonly string[]): void;
