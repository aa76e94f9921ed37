// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trackCaret, type CaretTracker } from './caret-tracker';
import { setPanelHost } from './panel-host';
import { trusted, typeKeys } from '../../tests/support/trusted-events';

let tracker: CaretTracker;
let field: HTMLTextAreaElement;
let hidden: HTMLTextAreaElement;
let host: HTMLElement;

const click = (el: HTMLElement) => {
  el.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true })));
  el.focus();
  el.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
};

beforeEach(() => {
  document.body.replaceChildren();
  field = document.createElement('textarea');
  hidden = document.createElement('textarea');
  host = document.createElement('rapi-panel');
  host.tabIndex = 0;
  document.body.append(field, hidden, host);
  setPanelHost(host);
  tracker = trackCaret(document);
});
afterEach(() => {
  tracker.stop();
  setPanelHost(undefined);
});

describe('the caret tracker hands out only a field the user chose, while it has the focus', () => {
  it("a field the user clicked and typed in, also once the focus went into Rapi's panel", () => {
    click(field);
    typeKeys(field, 'halo');
    expect(tracker.current()?.element).toBe(field);
    host.focus();
    expect(tracker.current()?.element).toBe(field);
  });

  it('a field a script focused is never chosen', () => {
    hidden.focus();
    hidden.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(tracker.current()).toBeUndefined();
  });

  it("when a script moves the focus to its own field, the user's choice is dropped", () => {
    click(field);
    hidden.focus();
    expect(tracker.current()).toBeUndefined();
    // Focus back into Rapi's panel does not bring it back: only the user's click or key does.
    host.focus();
    expect(tracker.current()).toBeUndefined();
  });

  it('a field that lost the focus to the page body is not written into', () => {
    click(field);
    field.blur();
    expect(tracker.current()).toBeUndefined();
  });

  it("an element merely named like Rapi's host does not count as Rapi's panel", () => {
    click(field);
    const fake = document.createElement('rapi-panel');
    fake.tabIndex = 0;
    document.body.append(fake);
    fake.focus();
    expect(tracker.current()).toBeUndefined();
  });
});

describe("the caret tracker keeps the user's field through the palette", () => {
  it("a key released on the page body (the palette's search just closed) does not forget the field", () => {
    click(field);
    typeKeys(field, 'halo');
    host.focus();
    // The palette swaps its search for a fill-in form: the focus falls to the body for a moment.
    host.blur();
    document.body.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true })));
    host.focus();
    expect(tracker.current()?.element).toBe(field);
  });
});
