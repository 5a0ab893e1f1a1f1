import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActiveCallBar } from '@/components/ActiveCallBar';
import { AuthPanel } from '@/components/AuthPanel';
import { ColleagueList } from '@/components/ColleagueList';
import { DialerForm } from '@/components/DialerForm';
import { DialOutcomeView } from '@/components/DialOutcomeView';
import { HistoryList } from '@/components/HistoryList';
import { SiteDetectionToggle } from '@/components/SiteDetectionToggle';
import { StatusHeader } from '@/components/StatusHeader';
import { TabPanel, Tabs } from '@/components/Tabs';
import { useDialFlow } from '@/components/useDialFlow';
import { getTelavoxConfig, originPattern } from '@/lib/config';
import { t } from '@/lib/i18n';
import { sendRequest } from '@/lib/messaging/protocol';
import type { TelavoxExtension } from '@/lib/telavox/schemas';
import { buildNumberIndex, findColleague, formatPhone } from '@/lib/ui/phone';
import { useDefaultCountry } from './useDefaultCountry';
import { useHangup } from './useHangup';

const CALL_STATE_RECHECK_MS = 2_000;

import { useNow } from './useNow';
import { usePreview } from './usePreview';
import { useSiteAccess } from './useSiteAccess';
import { useDirectory, useHistory } from './useSnapshot';
import { useStatus } from './useStatus';

type TabId = 'recent' | 'colleagues';

const openOptions = () => void sendRequest({ type: 'open-options' }).catch(() => undefined);
const signIn = () => void sendRequest({ type: 'sign-in' }).catch(() => undefined);

export function App() {
  const { auth, error, refresh } = useStatus();
  const refreshStatus = useCallback(() => void refresh('force'), [refresh]);
  const now = useNow();
  const [grantNote, setGrantNote] = useState<string | null>(null);
  const apiUrl = getTelavoxConfig().apiUrl;

  const grantAccess = () => {
    // permissions.request must be the first thing the click does (user gesture).
    browser.permissions
      .request({ origins: [originPattern(apiUrl)] })
      .then((granted) => {
        setGrantNote(granted ? null : t('auth.noPermission.denied'));
        if (granted) void refresh('force');
      })
      .catch(() => setGrantNote(t('auth.noPermission.denied')));
  };

  return (
    <div class="popup">
      {auth.status === 'signed-in' ? (
        <SignedIn me={auth.me} now={now} refreshStatus={refreshStatus} />
      ) : (
        <AuthPanel
          auth={auth}
          apiHost={new URL(apiUrl).host}
          now={now}
          onSignIn={signIn}
          onOpenOptions={openOptions}
          onGrantAccess={grantAccess}
          onRetry={() => void refresh('force')}
          note={grantNote ?? error}
        />
      )}
      <Footer />
    </div>
  );
}

function SignedIn({
  me,
  now,
  refreshStatus,
}: {
  me: TelavoxExtension;
  now: number;
  refreshStatus: () => void;
}) {
  const country = useDefaultCountry();
  const [number, setNumber] = useState('');
  const [tab, setTab] = useState<TabId>('recent');
  const [query, setQuery] = useState('');
  const preview = usePreview(number);
  const dialFlow = useDialFlow();
  const history = useHistory(true);
  const directory = useDirectory(true);
  const hangup = useHangup(refreshStatus);

  // Telavox rings the user's own phone first; re-read the call state once shortly after, so the call
  // bar with Hang up appears without waiting for the minute's refresh.
  const calling = dialFlow.state.step === 'done' && dialFlow.state.outcome.status === 'calling';
  useEffect(() => {
    if (!calling) return;
    const timer = setTimeout(refreshStatus, CALL_STATE_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [calling, refreshStatus]);

  const index = useMemo(
    () => buildNumberIndex(directory.snapshot?.items ?? [], country),
    [directory.snapshot, country],
  );
  const activeCall = me.calls[0];
  const sending = dialFlow.state.step === 'sending';
  const dial = useCallback((raw: string) => void dialFlow.dial(raw), [dialFlow.dial]);

  return (
    <>
      <StatusHeader me={me} />
      {activeCall && (
        <ActiveCallBar
          call={activeCall}
          numberText={formatPhone(activeCall.callerid, country)}
          colleagueName={findColleague(index, [activeCall.callerid], country)?.name ?? null}
          hangingUp={hangup.hangingUp}
          onHangUp={() => void hangup.hangUp()}
        />
      )}
      <p class="popup__announcement" role="status">
        {hangup.result}
      </p>
      <DialerForm value={number} preview={preview} sending={sending} onInput={setNumber} onCall={dial} />
      <DialOutcomeView
        state={dialFlow.state}
        now={now}
        onConfirmRepeat={() => void dialFlow.confirm('repeat')}
        onConfirmPremium={() => void dialFlow.confirm('premium')}
        onCancel={dialFlow.reset}
        onSignIn={signIn}
        onOpenOptions={openOptions}
      />
      <Tabs<TabId>
        label={t('tabs.label')}
        idPrefix="popup"
        tabs={[
          { id: 'recent', label: t('tabs.recent') },
          { id: 'colleagues', label: t('tabs.colleagues') },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      <TabPanel idPrefix="popup" id={tab}>
        {tab === 'recent' ? (
          <HistoryList
            snapshot={history.snapshot}
            failure={history.failure}
            colleagues={index}
            country={country}
            now={now}
            callDisabled={sending}
            onCall={dial}
            onRetry={() => void history.refresh('force')}
          />
        ) : (
          <ColleagueList
            snapshot={directory.snapshot}
            failure={directory.failure}
            query={query}
            country={country}
            now={now}
            callDisabled={sending}
            onQueryChange={setQuery}
            onCall={dial}
            onRetry={() => void directory.refresh('force')}
          />
        )}
      </TabPanel>
    </>
  );
}

function Footer() {
  const site = useSiteAccess();
  return (
    <footer class="popup__footer">
      {site.access && (
        <SiteDetectionToggle
          access={site.access}
          busy={site.busy}
          error={site.error}
          onToggle={site.toggle}
        />
      )}
      <button type="button" class="link-button" onClick={openOptions}>
        {t('common.settings')}
      </button>
    </footer>
  );
}
