// The findings, grouped; each item shows its text, verdict, sentence, why it was flagged and its evidence.
// Clicking an item scrolls the page to it. All page text is rendered as text (preact escapes it).
import { useId, useState } from 'preact/hooks';
import type { Evidence, Severity } from '../core/report';
import { t, type MessageKey } from '../shared/i18n';
import type { Group, Item } from './groups';
import { onItemKeys } from './item-keys';

const EVIDENCE_KIND: Record<Evidence['kind'], MessageKey> = {
  link: 'evidenceLink',
  anchor: 'evidenceAnchor',
  'author-year': 'evidenceAuthorYear',
  source: 'evidenceSource',
  footnote: 'evidenceFootnote',
  doi: 'evidenceDoi',
  arxiv: 'evidenceArxiv',
  'according-to': 'evidenceAccordingTo',
};

/** Why: a severity as a word in running text ("high"), in the reader's language. */
export const SEVERITY_WORD: Record<Severity, MessageKey> = {
  high: 'sevWordHigh',
  medium: 'sevWordMedium',
  low: 'sevWordLow',
};

// Only web links are clickable; anything else (javascript:, data:) is shown as text.
function safeHref(href: string | undefined | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence" aria-label={t('evidence')}>
      {evidence.slice(0, 6).map((ev, i) => {
        const href = safeHref(ev.href);
        return (
          <li key={i}>
            <span class="ek">{EVIDENCE_KIND[ev.kind] ? t(EVIDENCE_KIND[ev.kind]) : ev.kind}</span>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {ev.text || href}
              </a>
            ) : (
              ev.text
            )}
          </li>
        );
      })}
    </ul>
  );
}

// Works a lookup found, as links a reader can open ("probably this work"); only web links.
function WorkLinks({ works }: { works: Item['works'] }) {
  const safe = works.map((w) => ({ ...w, href: safeHref(w.href) })).filter((w) => w.href !== null);
  if (safe.length === 0) return null;
  return (
    <ul class="evidence works" aria-label={t('worksFound')}>
      {safe.map((w) => (
        <li key={w.href}>
          <span class="ek">{t('work')}</span>
          <a href={w.href!} target="_blank" rel="noopener noreferrer">
            {w.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

function ItemRow({
  item,
  onReveal,
  compact,
}: {
  item: Item;
  onReveal(ref: string): void;
  compact?: boolean;
}) {
  const label = item.severity
    ? t('itemLabelSeverity', item.verdict, item.text, t(SEVERITY_WORD[item.severity]))
    : t('itemLabel', item.verdict, item.text);
  const detailHref = item.group === 'links' ? safeHref(item.detail) : null;
  // The label names the button; its sentence, messages and why are read after it (a button's content is not).
  const id = useId();
  const sentence = !compact && !!item.sentence && item.sentence !== item.text;
  const messages = item.messages.slice(0, compact ? 1 : 2);
  const described = [
    sentence ? `${id}-s` : '',
    ...messages.map((_, i) => `${id}-m${i}`),
    !compact && item.why ? `${id}-w` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li class={`item tone-${item.tone}`} data-ref={item.ref}>
      <button
        type="button"
        class="main"
        onClick={() => onReveal(item.ref)}
        aria-label={label}
        aria-describedby={described || undefined}
      >
        <span class="row">
          <span class="text">{item.text}</span>
          <span class="verdict">
            {item.severity && (
              <span class={`badge ${item.severity}`}>{t(SEVERITY_WORD[item.severity])} · </span>
            )}
            {item.verdict}
          </span>
        </span>
        {sentence && (
          <span class="sentence" id={`${id}-s`}>
            {item.sentence}
          </span>
        )}
        {messages.map((m, i) => (
          <span class="msg" key={i} id={`${id}-m${i}`}>
            {m}
          </span>
        ))}
        {!compact && item.why && (
          <span class="why" id={`${id}-w`}>
            {t('whyItMatters', item.why)}
          </span>
        )}
        {!compact && item.detail && !detailHref && <span class="sentence detail">{item.detail}</span>}
        {!compact &&
          item.notes.map((n, i) => (
            <span class="note-line" key={`n${i}`}>
              {n}
            </span>
          ))}
      </button>
      {!compact && detailHref && (
        <ul class="evidence">
          <li>
            <span class="ek">{t('href')}</span>
            {detailHref}
          </li>
        </ul>
      )}
      {!compact && <EvidenceList evidence={item.evidence} />}
      {!compact && <WorkLinks works={item.works} />}
    </li>
  );
}

/** Why: the first screen: the few problems that matter most, across every group, before the groups. */
export function TopList({ items, onReveal }: { items: Item[]; onReveal(ref: string): void }) {
  if (items.length === 0) return null;
  return (
    <section class="group top-problems" aria-labelledby="g-top" data-group="top">
      <h2 id="g-top">
        {t('topProblems')} <span class="count">{items.length}</span>
      </h2>
      <ul class="items" onKeyDown={onItemKeys}>
        {items.map((it) => (
          <ItemRow item={it} key={`top-${it.ref}`} onReveal={onReveal} compact />
        ))}
      </ul>
    </section>
  );
}

/** Why: a group lists this many items at first; a 1 MB page's thousands would keep the popup busy for seconds. */
export const ITEMS_SHOWN = 100;

/** Why: the body of the popup and side panel. */
export function GroupList({ groups, onReveal }: { groups: Group[]; onReveal(ref: string): void }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <div class="groups" onKeyDown={onItemKeys}>
      {groups.map((g) => {
        if (g.items.length === 0) return null;
        const all = open.has(g.id) || g.items.length <= ITEMS_SHOWN;
        const items = all ? g.items : g.items.slice(0, ITEMS_SHOWN);
        return (
          <section class="group" key={g.id} aria-labelledby={`g-${g.id}`} data-group={g.id}>
            <h2 id={`g-${g.id}`}>
              {g.title} <span class="count">{g.items.length}</span>
            </h2>
            <p class="desc">{g.description}</p>
            <ul class="items">
              {items.map((it) => (
                <ItemRow item={it} key={it.ref} onReveal={onReveal} />
              ))}
            </ul>
            {!all && (
              <button type="button" class="btn more" onClick={() => setOpen(new Set([...open, g.id]))}>
                {t('showAll', g.items.length)}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
