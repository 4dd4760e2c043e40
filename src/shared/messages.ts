// The typed message maps, one per direction, and the single wrapper over webextension-polyfill that sends and
// receives them. No other file calls runtime.sendMessage, tabs.sendMessage or runtime.onMessage.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Article } from '../core/article';
import type { Detail, PlanItem } from './render-plan';
import type { Settings } from './settings';
import type { TabState } from './tab-state';
import { MESSAGE_LIMIT, fitsMessage, jsonOf, megabytes, messageSize, utf8Bytes } from './message-size';

/**
 * Why: the page as the content script read it; the background turns it into a report. `article.blocks` holds
 * the first blocks only (at most BLOCKS_PER_MESSAGE); the rest come by 'content:blocks', so no single message
 * costs the page a long task to serialize (a 1 MB article is ~1.3 MB of JSON).
 */
export interface PageRead {
  article: Article;
  /** How many blocks the article has in all. */
  totalBlocks: number;
  /** Which read of the page this is; 'content:blocks' asks for the same one. */
  readId: number;
  url: string;
  /** document.contentType: PDFs and images are refused with a message, not analysed. */
  contentType: string;
  /** Total characters read, for the "no article" decision and diagnostics. */
  chars: number;
  /** This content script's random id: a new id means the tab shows a new document. */
  instance: string;
}

/** Why: the documents the background analyses (by PageRead.contentType); PDFs and images are refused. */
export const ANALYSED_CONTENT_TYPE = /^(?:text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)/i;

/** Why: how many claims and links were drawn, and how many could not be found in the page. */
export interface RenderResult {
  drawn: number;
  unanchored: number;
}

/** Why: what the highlights look like; the content script never reads settings itself. */
export interface RenderStyle {
  colors: Settings['colors'];
  showLinked: boolean;
}

/** Why: calls into the background, from the popup, side panel, options, onboarding and content script. */
export interface BackgroundCalls {
  /**
   * The tab's state. analyze 'if-needed' reads and analyses the page when nothing is known yet (side panel);
   * 'page' also replaces a report of selected text with the page's (popup: the user asked to check the page).
   */
  'tab:get': { req: { tabId: number; analyze?: 'if-needed' | 'page' }; res: TabState };
  /** Reads and analyses the page again. */
  'tab:analyze': { req: { tabId: number }; res: TabState };
  /** Shows or removes the highlights in the tab. */
  'tab:highlights': { req: { tabId: number; on: boolean }; res: TabState };
  /** Scrolls the page to a claim, link or import (by report id) and flashes it. */
  'tab:reveal': { req: { tabId: number; ref: string }; res: boolean };
  /** Content script: the page changed (SPA route, DOM edits); analyse it again. */
  'page:changed': { req: { url: string; instance: string; reason: 'mutation' | 'navigation' }; res: void };
  /** Content script started (by automatic highlighting or by the background): analyse if this site is automatic. */
  'page:hello': { req: { url: string; instance: string }; res: { analyze: boolean } };
  /** Content script: one item's details for its tooltip (the report itself stays in the background). */
  'page:detail': { req: { ref: string }; res: Detail | null };
  /** Options page: forget cached registry answers. */
  'cache:clear': { req: Record<string, never>; res: { cleared: number } };
  /** Options and onboarding: re-register automatic content scripts after permissions changed. */
  'auto:sync': { req: Record<string, never>; res: { patterns: string[] } };
}

/** Why: calls from the background into a tab's content script. */
export interface ContentCalls {
  /** Is a content script here, and are highlights drawn? */
  'content:ping': { req: Record<string, never>; res: { highlights: boolean; url: string; instance: string } };
  /** Reads the page into an Article (after idle, in chunks). */
  /**
   * Reads the page. `style` comes with a read whose claims will be highlighted: the page takes our stylesheet (a
   * restyle of the whole page) once it has read itself, while the worker analyses, not later beside the report.
   */
  'content:read': { req: { style?: RenderStyle }; res: PageRead };
  /** More blocks of the article last read, from `from` (see PageRead). */
  'content:blocks': { req: { readId: number; from: number }; res: Article['blocks'] };
  /**
   * Draws (show) or removes (!show) a report's highlights, anchored against the page as read. The plan comes in
   * batches of one renderId; the last one (done) answers with the result, the others with null.
   */
  'content:render': {
    req: { renderId: number; items: PlanItem[]; done: boolean; show: boolean; style: RenderStyle };
    res: RenderResult | null;
  };
  /** Scrolls to one claim, link or import and flashes it. */
  'content:reveal': { req: { ref: string }; res: boolean };
  /** Keyboard: shows the card of the next (1) or previous (-1) highlight and puts focus in it; false if none. */
  'content:step': { req: { by: 1 | -1 }; res: boolean };
}

/** Why: broadcasts from the background to open views (popup, side panel); nobody answers. */
export interface ViewEvents {
  'tab:updated': { req: TabState; res: void };
}

/** Why: a batch size that keeps each message's serialization to a few milliseconds. */
export const BLOCKS_PER_MESSAGE = 300;

type Target = 'background' | 'content' | 'views';
type Req<T> = T extends { req: infer R } ? R : never;
type Res<T> = T extends { res: infer R } ? R : never;

const CHANNEL = 'claimlens/1';

// The worker's large payloads (a tab's state: a 1 MB page's is 15 MB) travel as one JSON string, `json`: the browser
// copies a string at once, where it walks an object of 18 000 claims value by value on both sides, a second of the
// worker's time beside a busy page; and the worker has often serialized that state already, for session storage.
const PACK_ABOVE = 256 * 1024;

interface Envelope {
  channel: typeof CHANNEL;
  to: Target;
  type: string;
  payload?: unknown;
  json?: string;
}

type Reply = { ok: true; value?: unknown; json?: string } | { ok: false; error: string; code: string };

/** Why: failures cross the message boundary with a code a view can turn into the right sentence. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Why: who sent a message (content scripts have a tab; extension pages have none). */
export type Sender = Runtime.MessageSender;

/** Why: one handler per message name, typed by the map; a missing handler is a compile error. */
export type Handlers<M> = {
  [K in keyof M]: (payload: Req<M[K]>, sender: Sender) => Promise<Res<M[K]>> | Res<M[K]>;
};

// No message may exceed the browser's limit: an oversized one fails here, by name, with code 'too-large'. `pack`: a
// large payload goes as its JSON text.
function envelope(to: Target, type: string, payload: unknown, pack = false): Envelope {
  const json = pack ? packed(type, payload) : null;
  if (json !== null) return { channel: CHANNEL, to, type, json };
  if (!fitsMessage(payload)) throw tooLarge(type, payload);
  return { channel: CHANNEL, to, type, payload };
}

const ESCAPED = /["\\]/g;
const escapes = (json: string): number => json.match(ESCAPED)?.length ?? 0;

// The JSON text of a payload past PACK_ABOVE, or null for a smaller one (sent as it is).
function packed(type: string, value: unknown): string | null {
  if (typeof value !== 'object' || value === null || messageSize(value, PACK_ABOVE) <= PACK_ABOVE)
    return null;
  const json = jsonOf(value);
  // As the browser writes it, inside a JSON string: each quote and backslash takes two, so twice its UTF-8 bytes at
  // most (counted only when that bound is over the limit).
  const bytes = utf8Bytes(json);
  if (2 * bytes > MESSAGE_LIMIT && bytes + escapes(json) > MESSAGE_LIMIT) throw tooLarge(type, value);
  return json;
}

function tooLarge(type: string, value: unknown): MessageError {
  const size = megabytes(messageSize(value, MESSAGE_LIMIT * 2));
  return new MessageError(
    `${type}: over ${size} is too large to pass between parts of the extension (the limit is ${megabytes(MESSAGE_LIMIT)})`,
    'too-large',
  );
}

function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<Envelope>;
  return e.channel === CHANNEL && typeof e.to === 'string' && typeof e.type === 'string';
}

function unwrap(reply: unknown, type: string): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new MessageError(`No answer to ${type}`, 'no-receiver');
  }
  const r = reply as Reply;
  if (!r.ok) throw new MessageError(r.error, r.code);
  return typeof r.json === 'string' ? JSON.parse(r.json) : r.value;
}

function errorReply(err: unknown): Reply {
  const message = err instanceof Error ? err.message : String(err);
  const code = err instanceof MessageError ? err.code : 'error';
  return { ok: false, error: message, code };
}

/** Why: browsers word "nobody is listening" differently; callers treat it as one case. */
export function isNoReceiver(err: unknown): boolean {
  if (err instanceof MessageError && err.code === 'no-receiver') return true;
  const text = err instanceof Error ? err.message : String(err);
  return /receiving end does not exist|could not establish connection|no matching message handler|message manager disconnected|message port closed/i.test(
    text,
  );
}

/** Why: the only way any context calls the background. */
export async function callBackground<K extends keyof BackgroundCalls & string>(
  type: K,
  payload: BackgroundCalls[K]['req'],
): Promise<BackgroundCalls[K]['res']> {
  const reply: unknown = await browser.runtime.sendMessage(envelope('background', type, payload));
  return unwrap(reply, type) as BackgroundCalls[K]['res'];
}

/** Why: the only way the background calls a content script (top frame only: we analyse the main document). */
export async function callContent<K extends keyof ContentCalls & string>(
  tabId: number,
  type: K,
  payload: ContentCalls[K]['req'],
): Promise<ContentCalls[K]['res']> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, envelope('content', type, payload), { frameId: 0 });
  } catch (err) {
    if (isNoReceiver(err)) throw new MessageError(`No content script in tab ${tabId}`, 'no-receiver');
    throw err;
  }
  return unwrap(reply, type) as ContentCalls[K]['res'];
}

/** Why: views update live; a broadcast with no open view is normal and is not an error. */
export async function notifyViews<K extends keyof ViewEvents & string>(
  type: K,
  payload: ViewEvents[K]['req'],
): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope('views', type, payload, true));
  } catch (err) {
    if (!isNoReceiver(err)) throw err;
  }
}

/**
 * Why: one listener per context that answers only the messages addressed to it, so the popup, the side panel
 * and the background (all extension pages) never answer each other's calls. Only this extension's own
 * pages and content scripts can reach it (no externally_connectable), and we check the sender id anyway.
 */
function serve<M>(to: Target, handlers: Handlers<M>, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Sender): Promise<Reply> | undefined => {
    if (!isEnvelope(message) || message.to !== to) return undefined;
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    if (!Object.prototype.hasOwnProperty.call(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof M] as (p: unknown, s: Sender) => unknown;
    return (async (): Promise<Reply> => {
      try {
        const payload = typeof message.json === 'string' ? JSON.parse(message.json) : message.payload;
        const value = await handler(payload, sender);
        // The worker's answers to the views (a tab's state) go as text when large; a page's stay as they are.
        const json = to === 'background' ? packed(message.type, value) : null;
        if (json !== null) return { ok: true, json };
        if (!fitsMessage(value)) throw tooLarge(message.type, value);
        return { ok: true, value };
      } catch (err) {
        return errorReply(err);
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Why: the background registers its handlers once, at the top level of the worker. */
export function serveBackground(handlers: Handlers<BackgroundCalls>, signal?: AbortSignal): void {
  serve('background', handlers, signal);
}

/** Why: the content script answers the background; its signal removes the listener on teardown. */
export function serveContent(handlers: Handlers<ContentCalls>, signal?: AbortSignal): void {
  serve('content', handlers, signal);
}

/** Why: views listen to broadcasts for as long as they are open. */
export function listenViews(handlers: Partial<Handlers<ViewEvents>>, signal?: AbortSignal): void {
  serve('views', handlers as Handlers<ViewEvents>, signal);
}
