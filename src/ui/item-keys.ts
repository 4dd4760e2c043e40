// Arrow keys between the findings of the popup and side panel: each finding is a button followed by its evidence
// links, so going through hundreds of them by Tab alone is long. Tab still visits every button and link in order.

const ITEM = 'li.item > button.main';

/** Why: ArrowDown/ArrowUp go to the next/previous finding (past its links), Home/End to the first/last. */
export function onItemKeys(e: KeyboardEvent): void {
  const from = e.target;
  if (!(from instanceof HTMLElement) || !from.matches(ITEM) || e.altKey || e.ctrlKey || e.metaKey) return;
  const items = Array.from(document.querySelectorAll<HTMLElement>(ITEM));
  const at = items.indexOf(from);
  const to =
    e.key === 'ArrowDown'
      ? items[at + 1]
      : e.key === 'ArrowUp'
        ? items[at - 1]
        : e.key === 'Home'
          ? items[0]
          : e.key === 'End'
            ? items.at(-1)
            : undefined;
  if (!to) return;
  e.preventDefault();
  to.focus();
}
