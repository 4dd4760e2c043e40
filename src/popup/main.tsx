// The toolbar popup: checks the current tab and shows its report.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/ui.css';
import './popup.css';
import { activeTabId, tabIdFromUrl } from '../ui/active-tab';
import { ReportView } from '../ui/ReportView';
import { localizePage } from '../ui/page-language';
import { askEarly, useTabState } from '../ui/use-tab-state';

// The popup's tab, asked for at once: the worker (perhaps stopped) starts and the check begins while the popup
// renders itself.
const pinned = tabIdFromUrl(location.search);
if (pinned !== null) askEarly(pinned, 'page');
const firstTab =
  pinned !== null
    ? Promise.resolve(pinned)
    : activeTabId().then((id) => {
        if (id !== null) askEarly(id, 'page');
        return id;
      });

function Popup() {
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (tabId === null) void firstTab.then(setTabId);
  }, [tabId]);
  const view = useTabState(tabId, 'page');
  return <ReportView tabId={tabId} view={view} surface="popup" />;
}

localizePage('extName');
render(<Popup />, document.getElementById('app')!);
