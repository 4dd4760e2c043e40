// Export: download the report in each format (file name from the page title and date), or copy Markdown.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../core/report';
import { t } from '../shared/i18n';
import {
  EXPORT_FORMATS,
  FORMAT_FILE,
  exportFileName,
  exportReport,
  type ExportFormat,
} from '../export/index';

/** Why: the menu's entries come from the export layer's one list, in its order. */
export const EXPORT_CHOICES = EXPORT_FORMATS.map((format) => ({
  format,
  label: FORMAT_FILE[format].label,
  hint: `.${FORMAT_FILE[format].extension}`,
}));

/** Why: a download from an extension page without the downloads permission: an object URL and <a download>. */
export function download(body: string, mime: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Firefox reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Why: the entry point the export issue fills; keyboard: Enter opens, arrows move, Escape closes. */
export function ExportMenu({ report, onDone }: { report: Report; onDone(message: string): void }) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector('button')?.focus();
    const close = (e: MouseEvent): void => {
      if (!menu.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const run = async (format: ExportFormat | 'copy'): Promise<void> => {
    setOpen(false);
    button.current?.focus();
    try {
      if (format === 'copy') {
        await navigator.clipboard.writeText(exportReport(report, 'md').body);
        onDone(t('markdownCopied'));
        return;
      }
      const out = exportReport(report, format);
      const name = exportFileName(report, format);
      download(out.body, out.mime, name);
      onDone(t('savedFile', name));
    } catch (err) {
      onDone(t('exportFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  const onKey = (e: KeyboardEvent): void => {
    const items = Array.from(menu.current?.querySelectorAll('button') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };

  return (
    <div class="menu-wrap" onKeyDown={onKey}>
      <button
        ref={button}
        type="button"
        class="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => setOpen(!open)}
      >
        {t('exportButton')}
      </button>
      {open && (
        <ul ref={menu} class="menu" id="export-menu" role="menu" aria-label={t('exportMenu')}>
          {EXPORT_CHOICES.map((c) => (
            <li key={c.format} role="none">
              <button type="button" role="menuitem" data-format={c.format} onClick={() => void run(c.format)}>
                {c.label}
                <span class="hint">{c.hint}</span>
              </button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitem" data-format="copy" onClick={() => void run('copy')}>
              {t('copyMarkdown')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
