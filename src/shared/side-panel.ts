// Opens the report beside the page: Chrome's sidePanel, Firefox's sidebar_action. Feature-detected, one code path.

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | null {
  const c = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  return c?.sidePanel ?? null;
}

function firefoxSidebar(): FirefoxSidebarAction | null {
  const b = (globalThis as { browser?: { sidebarAction?: FirefoxSidebarAction } }).browser;
  return b?.sidebarAction ?? null;
}

/**
 * Why: must be called synchronously inside a user action (context menu click, command), before any await:
 * both browsers refuse to open a panel otherwise.
 */
export function openSidePanel(where: { windowId?: number; tabId?: number }): Promise<void> {
  const chromePanel = chromeSidePanel();
  if (chromePanel) return chromePanel.open(where);
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return Promise.resolve();
}

/** Why: the popup offers "Open side panel" only where there is one. */
export function hasSidePanel(): boolean {
  return chromeSidePanel() !== null || firefoxSidebar() !== null;
}

/** Why: the toolbar button opens the popup, not the panel (the panel is opened from the popup or the menu). */
export async function configureSidePanel(): Promise<void> {
  await chromeSidePanel()?.setPanelBehavior?.({ openPanelOnActionClick: false });
}
