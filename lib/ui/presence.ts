import { t } from '@/lib/i18n';
import type { ActiveCall, TelavoxExtension } from '@/lib/telavox/schemas';

/** The colour of the presence dot; each tone also has a text label, so colour is never the only cue. */
export type PresenceTone = 'available' | 'away' | 'on-call' | 'none';

export interface PresenceView {
  tone: PresenceTone;
  /** Telavox's own presence name ("Tillgänglig", "Lunch"), or a generic label when it has none. */
  label: string;
  /** "until 2024-03-15 13:00:00": Telavox's text as written, since it carries no time zone (§5.1). */
  until: string | null;
  message: string | null;
  onCall: boolean;
}

export function isOnCall(extension: Pick<TelavoxExtension, 'calls'>): boolean {
  return extension.calls.length > 0;
}

export function presenceOf(extension: TelavoxExtension): PresenceView {
  const onCall = isOnCall(extension);
  const profile = extension.profile;
  if (profile === null) {
    return {
      tone: onCall ? 'on-call' : 'none',
      label: t('presence.noPresence'),
      until: null,
      message: null,
      onCall,
    };
  }
  const fallbackLabel = profile.available ? t('presence.available') : t('presence.unavailable');
  const tone: PresenceTone = onCall ? 'on-call' : profile.available ? 'available' : 'away';
  return {
    tone,
    label: profile.name.trim() || fallbackLabel,
    until: profile.until ? t('presence.until', { until: profile.until }) : null,
    message: profile.message?.trim() || null,
    onCall,
  };
}

export function directionText(call: ActiveCall): string {
  return t(`call.direction.${call.direction}`);
}

export function lineStatusText(call: ActiveCall): string {
  return t(`call.line.${call.linestatus}`);
}
