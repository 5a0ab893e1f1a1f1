/** The part of a DOM event the guard looks at, so handlers can be tested with a plain object. */
export interface MaybeTrustedEvent {
  readonly isTrusted: boolean;
}

/**
 * Wraps a handler so that it runs only for events the browser itself generated from user input. A
 * script's `element.click()` or `dispatchEvent` produces `isTrusted === false`
 * (https://developer.mozilla.org/docs/Web/API/Event/isTrusted), so nothing but a real click or key press
 * can start a call (number-detection.md §7.3).
 */
export function trustedOnly<E extends MaybeTrustedEvent>(
  handler: (event: E) => void,
  isTrusted: (event: E) => boolean = (event) => event.isTrusted,
): (event: E) => void {
  return (event) => {
    if (isTrusted(event)) handler(event);
  };
}
