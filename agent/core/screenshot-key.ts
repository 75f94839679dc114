/**
 * The one key a screenshot is stored and referred to by: the sha256 of its
 * PNG bytes, in hex. Steps name it (`screenshotSha256`), the memory, the
 * recorder's journals and the app's live screenshots keep the PNG under it.
 */
import { createHash } from 'node:crypto';

export function screenshotKey(png: Uint8Array): string {
  return createHash('sha256').update(png).digest('hex');
}
