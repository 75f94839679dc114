/**
 * An HTTP response body as text, refused as soon as it passes `limit` bytes
 * (a hostile or broken endpoint can stream without end). The caller's abort
 * signal on the fetch still cuts a stalled read; `tooLarge` makes the error
 * that names the endpoint and what it should have sent.
 */
export async function readCappedBody(response: Response, limit: number, tooLarge: () => Error): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
