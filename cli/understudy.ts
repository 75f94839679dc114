#!/usr/bin/env node
/** Entry point of the `understudy` command; see program.ts. */
import { main } from './program.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
