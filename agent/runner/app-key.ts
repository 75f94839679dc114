/**
 * The app/site key trajectories are grouped by: URL origin + path (no query
 * or fragment), so runs and recordings on one page share a key.
 */
export function appKeyOfUrl(url: string): string {
  try {
    const parsed = new URL(url);
    // Non-special schemes (file:, memory:) have an opaque origin "null": spell it out.
    const origin = parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
    return `${origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}
