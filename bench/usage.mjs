/**
 * `--help` / `-h` for every bench script: prints the script's header comment — what it measures, and its
 * "Usage:" line with the options — and exits 0 before any work is done. The header is the one place a script's
 * usage is written; this reads it back from the script's own file.
 *
 * Node built-ins only (the .mjs scripts under bench/real-miniwob run under plain node).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The leading comment of a source file as plain text: the shebang skipped, the `/**` block's ` * ` margins taken off. */
export function headerText(source) {
  const block = /^\/\*\*?([\s\S]*?)\*\//.exec(source.replace(/^#!.*\n/, '').trimStart());
  if (!block) return '';
  return block[1].replace(/^[ \t]*\* ?/gm, '').trim();
}

/** Does the command line ask for help (`--help` or `-h` anywhere among the arguments)? */
export function asksForHelp(argv = process.argv.slice(2)) {
  return argv.includes('--help') || argv.includes('-h');
}

/**
 * When the command line asks for help, print the header comment of the script at `scriptUrl` (its
 * `import.meta.url`) and exit 0. Call it first, before reading the other options.
 */
export function exitOnHelp(scriptUrl, argv = process.argv.slice(2)) {
  if (!asksForHelp(argv)) return;
  process.stdout.write(`${headerText(readFileSync(fileURLToPath(scriptUrl), 'utf8'))}\n`);
  process.exit(0);
}
