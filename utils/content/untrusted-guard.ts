/**
 * Rapi's panel acts only on the user's own input. Events a script makes
 * (`dispatchEvent`, `el.click()`) are stopped at the shadow root before React
 * sees them, and their default action (a synthetic click still submits a form)
 * is cancelled. The root is closed, so a page cannot aim events inside it anyway;
 * this is the second lock.
 */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'paste',
  'drop',
] as const;

export function guardUntrustedEvents(root: EventTarget, signal?: AbortSignal): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stop, { capture: true, signal });
}
