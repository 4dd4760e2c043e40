// Reads what the user named (a file or a URL) and decides whether it is HTML or Markdown.
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { FetchRefused, createSafeFetch } from '../node/safe-fetch';
import type { FetchLike } from '../verify/http';

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
  opts: { fetch?: FetchLike; timeoutMs?: number; label?: string } = {},
): Promise<LoadedInput> {
  // The page's host and every redirect are checked (no private addresses) and the body is capped as it streams.
  if (/^https?:\/\//i.test(input))
    return loadUrl(input, opts.fetch ?? createSafeFetch({ maxBytes: MAX_BYTES }), opts.timeoutMs ?? 10_000);
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

async function loadUrl(url: string, fetchFn: FetchLike, timeoutMs: number): Promise<LoadedInput> {
  // One deadline for the whole fetch, headers and body (--timeout governs it).
  const signal = AbortSignal.timeout(timeoutMs);
  let res;
  try {
    res = await fetchFn(url, { signal, redirect: 'follow' });
  } catch (e) {
    throw new InputError(`cannot fetch ${url}: ${fetchFailure(e, signal, timeoutMs, 'unreachable')}`);
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
    // A body that passes the cap while it streams, stalls past the deadline or breaks off is bad input, not a crash.
    if (e instanceof FetchRefused && / is larger than /.test(e.message))
      throw new InputError(`${url} is larger than 20 MB`);
    throw new InputError(
      `cannot fetch ${url}: ${fetchFailure(e, signal, timeoutMs, 'the answer broke off')}`,
    );
  }
  if (text.length > MAX_BYTES) throw new InputError(`${url} is larger than 20 MB`);
  const kind = /markdown/.test(type)
    ? 'markdown'
    : /html/.test(type)
      ? 'html'
      : detectMarkup(extname(new URL(url).pathname), text);
  return { kind, text, file: null, url };
}

/** Why: the words for a failed fetch: the deadline, the guard's refusal or a redirect problem by name, else `otherwise`. */
export function fetchFailure(e: unknown, signal: AbortSignal, timeoutMs: number, otherwise: string): string {
  if (signal.aborted || (e as Error)?.name === 'TimeoutError') return `no answer in ${timeoutMs} ms`;
  const message = e instanceof Error ? e.message : '';
  if (e instanceof FetchRefused || /^(?:redirect loop|too many redirects|cannot resolve)/.test(message))
    return message;
  return otherwise;
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
