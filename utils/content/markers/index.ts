/** Field markers: badges beside checked fields, placed off the page's own controls. */
export { createMarkerLayer, MARKER_HOST_TAG } from './marker-layer';
export type { MarkerLayer, MarkerLayerOptions, MarkerSpec } from './marker-layer';
export { placeMarker, markerCandidates, MARKER_GAP } from './place-marker';
export type { MarkerPlacement } from './place-marker';
export { collectObstacles, OBSTACLE_SELECTOR } from './obstacles';
export type { ObstacleOptions } from './obstacles';
export { markerName } from './marker-text';
export { MARKER_SIZE } from './marker-styles';
export type { Box, Viewport } from './geometry';
export { createUnderlines, underlineRanges, UNDERLINE_NAMES } from './underlines';
export type { Underline, UnderlineLayer } from './underlines';
