// @vitest-environment happy-dom
/**
 * Strategies that can run outside a real browser, against framework-controlled
 * fields. `exec-command` needs a real editing engine; it is covered in Chromium
 * and Firefox by tests/e2e/insertion.spec.ts.
 */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFieldText } from './insert-text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
let submitted: { title: string };

function ReactForm() {
  const [title, setTitle] = useState('Kemeja batik');
  submitted = { title };
  return <input data-testid="title" maxLength={70} value={title} onChange={(e) => setTitle(e.target.value)} />;
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<ReactForm />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const settle = () => act(async () => {});
const titleInput = () => host.querySelector<HTMLInputElement>('[data-testid="title"]')!;

describe('writeFieldText on a React-controlled input', () => {
  it('a bare value assignment is not seen by React (the bug this module exists for)', async () => {
    titleInput().value = 'Kemeja Batik Tulis Pekalongan';
    await settle();
    expect(submitted.title).toBe('Kemeja batik');
  });

  it('native-setter changes React state, so the form submits the new value', async () => {
    const result = await writeFieldText(titleInput(), 'Kemeja Batik Tulis Pekalongan', {
      strategies: ['native-setter'],
      settle,
    });
    expect(result).toMatchObject({ ok: true, strategy: 'native-setter', value: 'Kemeja Batik Tulis Pekalongan' });
    expect(submitted.title).toBe('Kemeja Batik Tulis Pekalongan');
  });

  it('replaces only the given range', async () => {
    const result = await writeFieldText(titleInput(), 'Batik', { range: { start: 7, end: 12 }, strategies: ['native-setter'], settle });
    expect(result.value).toBe('Kemeja Batik');
    expect(submitted.title).toBe('Kemeja Batik');
  });

  it('falls through to the next strategy when one is not accepted', async () => {
    const result = await writeFieldText(titleInput(), 'Kemeja Batik Cap', { settle });
    expect(result.ok).toBe(true);
    expect(result.strategy).toBe('native-setter');
    expect(submitted.title).toBe('Kemeja Batik Cap');
  });

  it('refuses a value longer than maxlength instead of cutting it, and leaves the field alone', async () => {
    const long = 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang Pria Premium Original';
    const result = await writeFieldText(titleInput(), long, { settle });
    expect(result).toMatchObject({ ok: false, problem: 'too-long', maxLength: 70, wantedLength: long.length });
    expect(titleInput().value).toBe('Kemeja batik');
    expect(submitted.title).toBe('Kemeja batik');
  });
});

describe('writeFieldText on other fields', () => {
  it('will not write into a disabled input or a plain element', async () => {
    const input = document.createElement('input');
    input.disabled = true;
    const div = document.createElement('div');
    document.body.append(input, div);
    expect(await writeFieldText(input, 'x', { settle: async () => {} })).toMatchObject({ ok: false, problem: 'not-editable' });
    expect(await writeFieldText(div, 'x', { settle: async () => {} })).toMatchObject({ ok: false, problem: 'not-editable' });
  });

  it('reports not-accepted when the page undoes every attempt', async () => {
    const input = document.createElement('input');
    input.value = 'asli';
    input.addEventListener('input', () => queueMicrotask(() => (input.value = 'asli')));
    document.body.append(input);
    const result = await writeFieldText(input, 'baru', {
      strategies: ['native-setter'],
      settle: () => new Promise((r) => setTimeout(r, 0)),
    });
    expect(result).toMatchObject({ ok: false, problem: 'not-accepted', value: 'asli' });
  });

  it('paste-event hands the text to a rich editor that handles paste itself', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    let model = '';
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      model = event.clipboardData?.getData('text/plain') ?? '';
      editor.textContent = model;
    });
    document.body.append(editor);
    const result = await writeFieldText(editor, 'Bahan katun primisima', { strategies: ['paste-event'], settle: async () => {} });
    expect(result).toMatchObject({ ok: true, strategy: 'paste-event' });
    expect(model).toBe('Bahan katun primisima');
  });

  it('dom-text writes lines as text nodes and breaks, never as HTML', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    let model = '';
    editor.addEventListener('input', () => (model = editor.textContent ?? ''));
    document.body.append(editor);
    const hostile = '<img src=x onerror="window.__pwned=1">\nBaris kedua';
    const result = await writeFieldText(editor, hostile, { strategies: ['dom-text'], settle: async () => {} });
    expect(result.strategy).toBe('dom-text');
    expect(editor.querySelector('img')).toBeNull();
    expect(editor.querySelectorAll('br')).toHaveLength(1);
    expect(model).toBe('<img src=x onerror="window.__pwned=1">Baris kedua');
  });

  it('refuses rich text longer than a declared data-maxlength', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('data-maxlength', '10');
    document.body.append(editor);
    expect(await writeFieldText(editor, 'sebelas huruf', { settle: async () => {} })).toMatchObject({
      ok: false,
      problem: 'too-long',
      maxLength: 10,
    });
  });
});
