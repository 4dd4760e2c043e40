// PDF text where it is cheap: Tj/TJ operators of plain and Flate-compressed content streams.
import { deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { contentText, pdfText } from './pdf-text';

function pdf(streams: { content: string; flate?: boolean; dict?: string }[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  streams.forEach((s, i) => {
    const data = s.flate ? deflateSync(Buffer.from(s.content, 'latin1')) : Buffer.from(s.content, 'latin1');
    const dict = `<< /Length ${data.length}${s.flate ? ' /Filter /FlateDecode' : ''}${s.dict ?? ''} >>`;
    parts.push(
      Buffer.from(`${i + 1} 0 obj\n${dict}\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream\nendobj\n', 'latin1'),
    );
  });
  parts.push(Buffer.from('%%EOF', 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

test('reads compressed and plain text streams, skips images and fonts', async () => {
  const bytes = pdf([
    {
      content:
        'BT /F1 12 Tf 72 720 Td (Data centres used about 1% of global) Tj 0 -14 Td [(electricity, down from ) -250 (4 per cent.)] TJ ET',
      flate: true,
    },
    { content: 'BT (Second page \\(plain\\)) Tj ET' },
    { content: 'BT (not text) Tj ET', dict: ' /Subtype /Image' },
    { content: 'garbage', flate: true, dict: ' /Length1 100' },
  ]);
  expect(await pdfText(bytes)).toBe(
    'Data centres used about 1% of global\nelectricity, down from 4 per cent.\nSecond page (plain)',
  );
});

test('a damaged stream is skipped, not fatal', async () => {
  const bytes = pdf([{ content: 'BT (fine) Tj ET' }]);
  const broken = new Uint8Array([...pdf([{ content: 'x', dict: ' /Filter /FlateDecode' }]), ...bytes]);
  expect(await pdfText(broken)).toBe('fine');
});

test.each([
  ['(a) Tj (b) Tj', 'ab'],
  ["(line one) Tj T* (line two) '", 'line one\nline two'],
  ['[(W) 120 (orld)] TJ', 'World'],
  ['(\\101\\102) Tj', 'AB'],
])('contentText(%j)', (content, text) => expect(contentText(content)).toBe(text));
