/**
 * Popover look: plain, readable at a glance, a focus ring of at least 3:1 against
 * both the popover and the highlighted row (#0b57d0 on white is 6.4:1).
 */
export const POPOVER_WIDTH = 360;
/** The tallest the popover grows; the list scrolls beyond it. */
export const POPOVER_MAX_HEIGHT = 340;

export const POPOVER_CSS = `
:host { all: initial; }
.pop {
  position: fixed; box-sizing: border-box; width: ${POPOVER_WIDTH}px; max-height: ${POPOVER_MAX_HEIGHT}px;
  display: flex; flex-direction: column; gap: 6px; padding: 10px; overflow: hidden;
  background: #fff; color: #1f2328; border: 1px solid #8c959f; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); pointer-events: auto;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.pop[hidden], [hidden] { display: none !important; }
.title { margin: 0; font-size: 14px; font-weight: 700; }
.label { font-size: 13px; font-weight: 600; }
.search, .fill-rows input, .fill-rows select {
  box-sizing: border-box; width: 100%; padding: 6px 8px; font: inherit; color: inherit;
  background: #fff; border: 1px solid #6e7781; border-radius: 6px;
}
.view { display: flex; flex-direction: column; gap: 6px; min-height: 0; }
.list { list-style: none; margin: 0; padding: 0; overflow-y: auto; min-height: 0; flex: 1 1 auto; border-radius: 6px; }
.option { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.option[aria-selected="true"] { background: #ddf4ff; box-shadow: inset 3px 0 0 #0b57d0; }
.option-title { font-weight: 600; }
.shortcut { margin-left: 6px; padding: 0 4px; font: 12px/1.5 ui-monospace, monospace; background: #eaeef2; border-radius: 4px; }
.preview { display: block; font-size: 12px; color: #57606a; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.status, .hint { margin: 0; font-size: 12px; color: #57606a; }
.error { margin: 0; font-size: 13px; color: #a40e26; }
.error:empty { display: none; }
.fill-rows { display: flex; flex-direction: column; gap: 6px; }
.fill-rows label { display: flex; flex-direction: column; gap: 2px; font-size: 13px; font-weight: 600; }
.actions, .foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.button { padding: 6px 12px; font: inherit; font-weight: 600; color: #fff; background: #0b57d0; border: 0; border-radius: 6px; cursor: pointer; }
.link { padding: 2px 0; font: inherit; font-size: 13px; color: #0b57d0; background: none; border: 0; text-decoration: underline; cursor: pointer; }
:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.list:focus-visible { outline-offset: -2px; }
`;
