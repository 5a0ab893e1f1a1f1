import type { CallRecord } from '@/lib/telavox/schemas';

const paths: Record<CallRecord['kind'], string> = {
  // Arrow pointing in (down-left), out (up-right), and a bent arrow for a missed call.
  incoming: 'M14 4 5 13M5 6v7h7',
  outgoing: 'M5 13 14 4M7 4h7v7',
  missed: 'M3 6l6 6 6-6M11 6h4v4',
};

/** A small arrow per call kind; decorative, the kind is also written out. */
export function CallKindIcon({ kind }: { kind: CallRecord['kind'] }) {
  return (
    <svg
      class={`call-kind-icon call-kind-icon--${kind}`}
      viewBox="0 0 18 18"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[kind]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
