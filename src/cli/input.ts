// Reads what the user named (a file or a URL) and decides whether it is HTML or Markdown.
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

/** Why: bad input is exit 2 with one line that says what is wrong; this error carries that line. */
export class InputError extends Error {}

/** Why: the adapters need to know which markup they read. */
export interface LoadedInput {
  kind: 'html' | 'markdown';
  text: string;
  file: string | null;
  url: string | null;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Why: one entry for files and URLs, with the limits and errors a user can act on. */
export async function loadInput(
  input: string,
  opts: { fetch?: typeof fetch; timeoutMs?: number; label?: string } = {},
): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(input)) return loadUrl(input, opts.fetch ?? fetch, opts.timeoutMs ?? 10_000);
  return loadFile(input, opts.label);
}

/**
 * Why: a file, read synchronously: in a worker thread that is the fastest way (no round trips through the shared
 * I/O thread pool between the worker and its next file), and the main thread reads one file at a time anyway.
 * Errors and the report name the file as the user knows it (`label`: the path relative to where they ran the tool).
 */
export function loadFile(input: string, label: string = input): LoadedInput {
  const path = resolve(input);
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new InputError(`cannot read ${label}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`cannot read ${label}: it is a directory`);
  if (info.size > MAX_BYTES)
    throw new InputError(`${label} is ${(info.size / 1e6).toFixed(0)} MB; the limit is 20 MB`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new InputError(
      `cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  if (buf.includes(0)) throw new InputError(`${label} is not a text file`);
  const text = buf.toString('utf8');
  return { kind: detectMarkup(extname(path), text), text, file: label, url: null };
}

async function loadUrl(url: string, fetchFn: typeof fetch, timeoutMs: number): Promise<LoadedInput> {
  let res: Response;
  try {
    res = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (e) {
    throw new InputError(`cannot fetch ${url}: ${fetchFailure(e, timeoutMs, 'unreachable')}`);
  }
  if (!res.ok) throw new InputError(`cannot fetch ${url}: HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/text\/|html|markdown|xml/.test(type))
    throw new InputError(`${url} is ${type.split(';')[0]}, not an article`);
  // A declared size over the limit is refused before the body is read into memory.
  if (Number(res.headers.get('content-length')) > MAX_BYTES)
    throw new InputError(`${url} is larger than 20 MB`);
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    // The deadline covers the body too; a body that stalls or breaks off is bad input, not a crash.
    throw new InputError(`cannot fetch ${url}: ${fetchFailure(e, timeoutMs, 'the answer broke off')}`);
  }
  if (text.length > MAX_BYTES) throw new InputError(`${url} is larger than 20 MB`);
  const kind = /markdown/.test(type)
    ? 'markdown'
    : /html/.test(type)
      ? 'html'
      : detectMarkup(extname(new URL(url).pathname), text);
  return { kind, text, file: null, url };
}

function fetchFailure(e: unknown, timeoutMs: number, otherwise: string): string {
  return (e as Error)?.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : otherwise;
}

/** Why: the adapters need to know which markup they read: .md/.html say so; anything else is sniffed. */
export function detectMarkup(extension: string, text: string): 'html' | 'markdown' {
  const ext = extension.toLowerCase();
  if (ext === '.md' || ext === '.markdown' || ext === '.mdx') return 'markdown';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  const head = text.trimStart().slice(0, 2000);
  if (/^---\r?\n/.test(head)) return 'markdown';
  if (/^(<!doctype html|<html|<head|<body|<article|<main)/i.test(head)) return 'html';
  const tags = (head.match(/<\/?(p|div|h[1-6]|ul|li|a|span|table)\b/gi) ?? []).length;
  return tags >= 3 ? 'html' : 'markdown';
}
