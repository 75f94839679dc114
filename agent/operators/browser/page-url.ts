/**
 * What a person types after `--url` → the URL Chromium is sent to: URLs pass
 * through, a local file path becomes a file:// URL (it must exist), and a
 * host name without a scheme ("example.com", "localhost:3000") is refused
 * with the URL it probably meant.
 */
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserFacingError } from '../../core/errors.js';

/** "host:port" or "host:port/path": read as a URL scheme by the URL parser, but meant as a host. */
const HOST_WITH_PORT = /^[a-z0-9-]+(\.[a-z0-9-]+)*:\d+(\/|$)/i;
/** "example.com", "www.example.com/path", "localhost/x": a host name, not a file, when no such file exists. */
const HOST_NAME = /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,})(:\d+)?(\/|$)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The URL to navigate to for `input`.
 * @throws UserFacingError for an empty input, a missing file, or a host name given without a scheme.
 */
export function toPageUrl(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new UserFacingError('the page to open is empty', 'pass a URL (https://…, file://…) or the path of an HTML file');
  if (HOST_WITH_PORT.test(trimmed)) throw missingScheme(trimmed);
  if (SCHEME.test(trimmed)) return trimmed;
  const absolute = resolvePath(trimmed);
  if (existsSync(absolute)) return pathToFileURL(absolute).href;
  if (HOST_NAME.test(trimmed)) throw missingScheme(trimmed);
  throw new UserFacingError(`no such page: ${absolute}`, 'pass a URL (https://…, file://…) or an existing HTML file');
}

function missingScheme(input: string): UserFacingError {
  const scheme = /^localhost\b|^127\.|^\[?::1\]?/i.test(input) ? 'http' : 'https';
  return new UserFacingError(`"${input}" has no URL scheme`, `add one: ${scheme}://${input}`);
}

/** One line for a failed navigation: Playwright's message without its "page.goto:" prefix and call log. */
export function navigationFailure(url: string, error: unknown): UserFacingError {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/^page\.goto:\s*/, '').trim();
  return new UserFacingError(`could not open ${url}: ${first}`, 'check the address, and that the server is running');
}
