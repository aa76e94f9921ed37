// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { guardUntrustedEvents } from './untrusted-guard';
import { trusted } from '../../tests/support/trusted-events';

describe('guardUntrustedEvents', () => {
  it("stops script-made clicks, keys and input before the panel sees them, and lets the user's through", () => {
    const root = document.createElement('div');
    const button = document.createElement('button');
    root.append(button);
    document.body.append(root);
    guardUntrustedEvents(root);
    const seen = vi.fn();
    for (const type of ['click', 'keydown', 'input']) button.addEventListener(type, seen);

    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).not.toHaveBeenCalled();

    const synthetic = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(synthetic);
    expect(synthetic.defaultPrevented).toBe(true);

    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
