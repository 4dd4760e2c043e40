// The toolbar popup: checks the current tab and shows its report.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/ui.css';
import './popup.css';
import { activeTabId, tabIdFromUrl } from '../ui/active-tab';
import { ReportView } from '../ui/ReportView';
import { localizePage } from '../ui/page-language';
import { useTabState } from '../ui/use-tab-state';

function Popup() {
  const [tabId, setTabId] = useState<number | null>(() => tabIdFromUrl(location.search));
  useEffect(() => {
    if (tabId === null) void activeTabId().then(setTabId);
  }, [tabId]);
  const view = useTabState(tabId, 'page');
  return <ReportView tabId={tabId} view={view} surface="popup" />;
}

localizePage('extName');
render(<Popup />, document.getElementById('app')!);
