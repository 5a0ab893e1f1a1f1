import { useMemo } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { DirectorySnapshot } from '@/lib/model';
import type { TelavoxFailure } from '@/lib/telavox/errors';
import type { TelavoxExtension } from '@/lib/telavox/schemas';
import { failureText } from '@/lib/ui/failure';
import { formatPhone } from '@/lib/ui/phone';
import { presenceOf } from '@/lib/ui/presence';
import { filterColleagues } from '@/lib/ui/search';
import { updatedAgoText } from '@/lib/ui/time';
import { FailureNotice } from './FailureNotice';
import { PresenceDot } from './PresenceDot';
import { Skeleton } from './Skeleton';

interface ColleagueListProps {
  snapshot: DirectorySnapshot | null;
  failure: TelavoxFailure | null;
  query: string;
  country: string;
  now: number;
  callDisabled: boolean;
  onQueryChange: (query: string) => void;
  onCall: (raw: string) => void;
  onRetry: () => void;
}

/** The colleague directory with a search box, presence, and a Call button per number. */
export function ColleagueList(props: ColleagueListProps) {
  const { snapshot, failure, query, now, onQueryChange, onRetry } = props;
  const matches = useMemo(() => (snapshot ? filterColleagues(snapshot.items, query) : []), [snapshot, query]);
  return (
    <div class="colleagues">
      <div class="colleagues__search">
        <label class="visually-hidden" for="colleague-search">
          {t('directory.search')}
        </label>
        <input
          id="colleague-search"
          type="search"
          class="search-input"
          autoComplete="off"
          placeholder={t('directory.searchPlaceholder')}
          value={query}
          onInput={(event) => onQueryChange(event.currentTarget.value)}
        />
        {snapshot && <p class="colleagues__updated">{updatedAgoText(snapshot.fetchedAt, now)}</p>}
      </div>
      {failure && (
        <FailureNotice
          text={
            snapshot ? failureText(failure, now) : `${t('directory.failed')} ${failureText(failure, now)}`
          }
          onRetry={onRetry}
        />
      )}
      {!snapshot && !failure && <Skeleton lines={4} />}
      {snapshot && snapshot.items.length === 0 && <p class="empty-state">{t('directory.empty')}</p>}
      {snapshot && snapshot.items.length > 0 && matches.length === 0 && (
        <p class="empty-state" role="status">
          {t('directory.noMatch', { query: query.trim() })}
        </p>
      )}
      {matches.length > 0 && (
        <ul class="row-list">
          {matches.map((colleague, index) => (
            // Extensions are not guaranteed unique (telavox-api.md §5.1), so the position completes the key.
            <ColleagueRow key={`${colleague.extension}-${index}`} colleague={colleague} {...props} />
          ))}
        </ul>
      )}
      {snapshot && snapshot.dropped > 0 && (
        <p class="list-note">
          {snapshot.dropped === 1
            ? t('directory.droppedOne')
            : t('directory.droppedMany', { count: snapshot.dropped })}
        </p>
      )}
    </div>
  );
}

function ColleagueRow({
  colleague,
  country,
  callDisabled,
  onCall,
}: ColleagueListProps & { colleague: TelavoxExtension }) {
  const presence = presenceOf(colleague);
  const mobileText = colleague.mobile ? formatPhone(colleague.mobile, country) : '';
  return (
    <li class="row colleague-row">
      <PresenceDot tone={presence.tone} />
      <div class="row__main">
        <p class="row__title">{colleague.name}</p>
        <p class="row__meta">
          <span>{presence.label}</span>
          {presence.until && <span> {presence.until}</span>}
          {presence.onCall && <span class="badge badge--call">{t('directory.onCall')}</span>}
        </p>
      </div>
      <div class="colleague-row__actions">
        {colleague.extension && (
          <button
            type="button"
            class="button button--small"
            disabled={callDisabled}
            aria-label={t('directory.callExtension', { name: colleague.name, number: colleague.extension })}
            onClick={() => onCall(colleague.extension)}
          >
            {t('directory.extensionShort')} {colleague.extension}
          </button>
        )}
        {colleague.mobile && (
          <button
            type="button"
            class="button button--small"
            disabled={callDisabled}
            aria-label={t('directory.callMobile', { name: colleague.name, number: mobileText })}
            onClick={() => onCall(colleague.mobile)}
          >
            {t('directory.mobileShort')} {mobileText}
          </button>
        )}
      </div>
    </li>
  );
}
