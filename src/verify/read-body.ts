// Reading a response body under a size cap. A linked page or PDF can be any size; the verifiers need its first
// megabytes at most, and must not hold a 2 GB download in the worker's memory to find that out.

/** Why: the part of a fetch Response a capped read needs; `body` is absent in hand-written test fakes. */
export interface BodySource {
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/** Why: what was read, and whether the cap cut it short (the caller decides whether a cut body is usable). */
export interface ReadBody {
  text: string;
  /** The raw bytes too, when asked for (a page that may be a PDF). */
  bytes?: Uint8Array;
  truncated: boolean;
}

// The charset a page declares in its Content-Type, when TextDecoder knows it; UTF-8 otherwise.
function decoderFor(contentType: string | null): TextDecoder {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Why: reads at most `maxBytes` (then cancels the stream, releasing the connection); no cap reads it all. */
export async function readBody(res: BodySource, maxBytes?: number, binary = false): Promise<ReadBody> {
  const cap = maxBytes !== undefined && Number.isFinite(maxBytes) && maxBytes >= 0 ? maxBytes : undefined;
  const reader = cap !== undefined ? res.body?.getReader() : undefined;
  if (!reader) {
    const text = await res.text();
    const truncated = cap !== undefined && text.length > cap;
    const kept = truncated ? text.slice(0, cap) : text;
    return { text: kept, truncated, ...(binary && { bytes: new TextEncoder().encode(kept) }) };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = cap! - size;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      size += room;
      truncated = true;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  if (truncated) await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const text = decoderFor(res.headers.get('content-type')).decode(bytes);
  return { text, truncated, ...(binary && { bytes }) };
}
