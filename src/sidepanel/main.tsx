// The side panel (Chrome sidePanel, Firefox sidebar_action): the report of the active tab, following tab
// switches and page changes while the reader reads.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import '../ui/ui.css';
import './sidepanel.css';
import { activeTabId, tabIdFromUrl } from '../ui/active-tab';
import { ReportView } from '../ui/ReportView';
import { localizePage } from '../ui/page-language';
import { useTabState } from '../ui/use-tab-state';

function SidePanel() {
  const pinned = tabIdFromUrl(location.search);
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((w) => (windowId = w.id));
    void activeTabId().then(setTabId);
    const onActivated = (info: { tabId: number; windowId: number }): void => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);
  const view = useTabState(tabId, 'if-needed');
  return <ReportView tabId={tabId} view={view} surface="sidepanel" />;
}

localizePage('sidePanelTitle');
render(<SidePanel />, document.getElementById('app')!);
