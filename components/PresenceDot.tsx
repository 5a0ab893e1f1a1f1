import type { PresenceTone } from '@/lib/ui/presence';

/** A coloured dot; decorative, because the presence is always written out beside it. */
export function PresenceDot({ tone }: { tone: PresenceTone }) {
  return <span class={`presence-dot presence-dot--${tone}`} aria-hidden="true" data-tone={tone} />;
}
