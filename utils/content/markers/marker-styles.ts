/**
 * Marker look. Severity shows by colour AND shape (octagon: must fix, triangle:
 * warning, circle: tip, ring with a tick: nothing found), so it reads without colour.
 * The shape is an inner span: a clip-path on the button would clip its focus ring.
 */
export const MARKER_SIZE = 20;

export const MARKER_CSS = `
:host { all: initial; }
.marker {
  position: absolute; box-sizing: border-box; width: ${MARKER_SIZE}px; height: ${MARKER_SIZE}px;
  margin: 0; padding: 0; border: 0; background: transparent; cursor: pointer; pointer-events: auto;
  font: 700 11px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.marker[hidden] { display: none; }
.marker:focus-visible { outline: 2px solid #111; outline-offset: 1px; box-shadow: 0 0 0 4px #fff; border-radius: 3px; }
.shape {
  position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  color: #fff; box-sizing: border-box;
}
.marker--error .shape {
  background: #b42318;
  clip-path: polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%);
}
.marker--warning .shape {
  background: #b54708; align-items: flex-end; padding-bottom: 2px; font-size: 10px;
  clip-path: polygon(50% 0, 100% 100%, 0 100%);
}
.marker--tip .shape { background: #1d4ed8; border-radius: 50%; }
.marker--ok .shape { background: #fff; color: #067647; border: 2px solid #067647; border-radius: 50%; }
.marker:hover .shape { filter: brightness(1.15); }
`;
