// Text from a PDF, where that is cheap: the text-showing operators (Tj, TJ, ', ") of uncompressed or Flate-compressed
// content streams, inflated with the platform's DecompressionStream (Node, Chrome and Firefox all have it). Fonts
// with custom encodings (CID fonts, subsetted glyph ids) come out as noise; the caller treats a PDF whose text is
// mostly noise as unverifiable rather than guessing.

const MAX_STREAMS = 400;
const MAX_INFLATED = 8_000_000;

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
  return out;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (size > MAX_INFLATED) {
        await reader.cancel();
        break;
      }
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c.subarray(0, Math.min(c.byteLength, size - at)), at);
      at += c.byteLength;
    }
    return out;
  } catch {
    return null; // a damaged stream is skipped, not fatal
  }
}

// A PDF literal string's escapes: \n \r \t \b \f \( \) \\ and octal \ddd; a backslash-newline continues the line.
function unescape(s: string): string {
  return s.replace(/\\(?:([nrtbf()\\])|([0-7]{1,3})|\r?\n)/g, (_, c?: string, oct?: string) => {
    if (oct) return String.fromCharCode(parseInt(oct, 8));
    if (!c) return '';
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
  });
}

const STRING = /\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)/g;
const SHOW =
  /(\[(?:[^\]\\]|\\[\s\S])*\]\s*TJ|\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)\s*(?:Tj|'|")|T\*|-?[\d.]+\s+-?[\d.]+\s+T[dD]|ET)/g;

/** Why: the words of one content stream, a line per text line as the operators lay them out. */
export function contentText(content: string): string {
  let out = '';
  for (const m of content.matchAll(SHOW)) {
    const op = m[1]!;
    if (op === 'ET' || op === 'T*' || /T[dD]$/.test(op)) {
      if (/T[dD]$/.test(op) && !/\s-?0(?:\.0+)?\s+T[dD]$/.test(op)) out += '\n';
      else if (op !== 'ET') out += '\n';
      else out += ' ';
      continue;
    }
    if (op.startsWith('[')) {
      // Kerning over a word space (a large negative number) is a space.
      for (const part of op
        .slice(1, op.lastIndexOf(']'))
        .matchAll(/\((?:\\[\s\S]|[^\\()])*\)|-?\d+(?:\.\d+)?/g))
        out += part[0].startsWith('(') ? unescape(part[0].slice(1, -1)) : Number(part[0]) < -180 ? ' ' : '';
    } else out += [...op.matchAll(STRING)].map((s) => unescape(s[0].slice(1, -1))).join('');
  }
  return out;
}

/** Why: a linked PDF's text for "does the source say it"; empty when nothing readable was found. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const raw = latin1(bytes);
  const parts: string[] = [];
  let count = 0;
  for (const m of raw.matchAll(/<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>|<[^<>]*>)*)>>\s*stream\r?\n/g)) {
    if (++count > MAX_STREAMS) break;
    const dict = m[1]!;
    if (/\/Subtype\s*\/Image|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata)/.test(dict)) continue;
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let body: Uint8Array | null = bytes.subarray(start, end);
    if (/\/FlateDecode/.test(dict)) body = await inflate(body);
    else if (/\/Filter/.test(dict)) continue; // other filters (DCT images, LZW) are not text worth the cost
    if (!body) continue;
    const text = latin1(body);
    if (/\bBT\b/.test(text)) parts.push(contentText(text));
  }
  return parts
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
