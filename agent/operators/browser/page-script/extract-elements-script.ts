/**
 * The extraction pass as the operator and the recorder run it: the bundle of
 * extract-elements.ts and its modules (generated/extract-elements.ts, written
 * by scripts/bundle-page-scripts.mjs), typed.
 */
import type { ExtractOptions, ExtractResult } from './extract/types.js';
import { extractElementsSource } from './generated/extract-elements.js';
import { pageScript } from './run-in-page.js';

export { extractElementsSource };

export const extractElementsScript = pageScript<ExtractOptions, ExtractResult>(extractElementsSource);
