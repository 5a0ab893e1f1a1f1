import { t } from '@/lib/i18n';
import type { HistorySnapshot } from '@/lib/model';
import type { TelavoxFailure } from '@/lib/telavox/errors';
import type { CallRecord } from '@/lib/telavox/schemas';
import { failureText } from '@/lib/ui/failure';
import { findColleague, formatPhone, type NumberIndex } from '@/lib/ui/phone';
import { callTimeText, durationText } from '@/lib/ui/time';
import { CallKindIcon } from './CallKindIcon';
import { FailureNotice } from './FailureNotice';
import { Skeleton } from './Skeleton';

interface HistoryListProps {
  snapshot: HistorySnapshot | null;
  failure: TelavoxFailure | null;
  /** Colleagues by number, to put a name on a call. */
  colleagues: NumberIndex;
  country: string;
  now: number;
  callDisabled: boolean;
  onCall: (raw: string) => void;
  onRetry: () => void;
}

/** The number to dial back: the E.164 form when Telavox gave one, so the default country can't change it. */
export function callBackNumber(record: CallRecord): string {
  return record.numberE164 ?? record.number;
}

/** The user's recent calls, newest first as the background sorted them, each with a call-back button. */
export function HistoryList(props: HistoryListProps) {
  const { snapshot, failure, onRetry } = props;
  if (failure && !snapshot)
    return (
      <FailureNotice text={`${t('history.failed')} ${failureText(failure, props.now)}`} onRetry={onRetry} />
    );
  if (!snapshot) return <Skeleton lines={4} />;
  return (
    <div class="history">
      {failure && <FailureNotice text={failureText(failure, props.now)} onRetry={onRetry} />}
      {snapshot.items.length === 0 ? (
        <p class="empty-state">{t('history.empty')}</p>
      ) : (
        <ul class="row-list">
          {snapshot.items.map((record, index) => (
            <HistoryRow
              // callId is not guaranteed (telavox-api.md §5.2), so the position completes the key.
              key={`${record.callId ?? ''}-${index}`}
              record={record}
              {...props}
            />
          ))}
        </ul>
      )}
      {snapshot.dropped > 0 && (
        <p class="list-note">
          {snapshot.dropped === 1
            ? t('history.droppedOne')
            : t('history.droppedMany', { count: snapshot.dropped })}
        </p>
      )}
    </div>
  );
}

function HistoryRow({
  record,
  colleagues,
  country,
  now,
  callDisabled,
  onCall,
}: HistoryListProps & { record: CallRecord }) {
  const colleague = findColleague(colleagues, [record.numberE164, record.number], country);
  const numberText = formatPhone(record.numberE164 ?? record.number, country);
  const title = colleague?.name ?? (numberText || t('call.unknownNumber'));
  const raw = callBackNumber(record);
  return (
    <li class={`row history-row history-row--${record.kind}`}>
      <CallKindIcon kind={record.kind} />
      <div class="row__main">
        <p class="row__title">{title}</p>
        <p class="row__meta">
          <span class="history-row__kind">{t(`history.${record.kind}`)}</span>
          {colleague && numberText && <span> · {numberText}</span>}
          <span> · {callTimeText(record.datetimeISO, record.datetime, now)}</span>
          {record.duration > 0 && (
            <span>
              {' · '}
              <span class="visually-hidden">
                {t('history.duration', { duration: durationText(record.duration) })}
              </span>
              <span aria-hidden="true">{durationText(record.duration)}</span>
            </span>
          )}
        </p>
      </div>
      {raw.trim() !== '' && (
        <button
          type="button"
          class="button button--icon"
          aria-label={t('history.callBack', { name: title })}
          title={t('history.callBack', { name: title })}
          disabled={callDisabled}
          onClick={() => onCall(raw)}
        >
          <PhoneGlyph />
        </button>
      )}
    </li>
  );
}

export function PhoneGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25c1.1.37 2.3.57 3.6.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
      />
    </svg>
  );
}
