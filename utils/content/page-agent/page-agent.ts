/**
 * The page agent: the content script's half of the side panel (the whole flow is in
 * utils/messaging/tab-protocol.ts). It detects the page, reads the add/edit form with the
 * listing controller and sends what it read to the background on every read and every
 * navigation; it carries out the side panel's commands on the page, hands the audit the
 * page's product cards, and keeps the markers the background sends for the marker layer.
 * No React and no quality or tag engine here: the background does the judging, so the
 * content script stays small.
 */
import { readShopName } from '../../marketplaces/cards/shop-name';
import { extractProductCards } from '../../marketplaces/cards/extract';
import { detectPage } from '../../marketplaces/detect-page';
import { editorAdapterFor } from '../../marketplaces/editors';
import type { TextField } from '../../marketplaces/editor/types';
import type { ListingRead } from '../../marketplaces/editor/read-listing';
import type { PageMatch } from '../../marketplaces/types';
import { AgentMessageSchema, type Marker } from '../../messaging/agent-message';
import type { ExtractedCards, PageState } from '../../messaging/tab-protocol';
import { startListingController, type ListingController } from '../listing-controller';
import { loadAll } from '../load-all';
import { formCommands, type FormCommands } from './form-commands';

export interface PageAgentDeps {
  /** Sends the page state to the background (`page/state`); a background that is restarting is not an error. */
  send(state: PageState): Promise<unknown>;
  /** Load-all's pause between scrolls (tests shorten it). */
  loadIntervalMs?: number;
  /** The background sent new markers (the marker layer draws them), or the page changed and they went (an empty list). */
  onMarkers?(markers: Marker[]): void;
  /** A page read or a navigation happened: what the agent knows now (the content script shows markers only on an add/edit form). */
  onPage?(match: PageMatch | null): void;
}

export interface PageAgent {
  /** The page's address changed (single-page navigation): detect it again. */
  navigate(url: string): Promise<void>;
  /** A message from the background, already checked to come from this extension; undefined when it is not the agent's. */
  handle(message: unknown): Promise<unknown> | undefined;
  /** The markers the background last sent, for the marker layer. */
  markers(): Marker[];
  /** The page the agent sees now (null: not one Rapi helps with). */
  match(): PageMatch | null;
  /** The element of a text field on the add/edit form, where its marker goes and snippets are written. */
  element(field: TextField): Element | undefined;
  /** The listing last read from the form (for a snippet's template), undefined elsewhere. */
  listing(): ListingRead['listing'] | undefined;
  dispose(): void;
}

const sameMatch = (a: PageMatch | null, b: PageMatch | null) => a?.marketplace === b?.marketplace && a?.kind === b?.kind;

export function createPageAgent(doc: Document, deps: PageAgentDeps): PageAgent {
  let match: PageMatch | null = null;
  let url = '';
  let started = false;
  let controller: ListingController | undefined;
  let commands: FormCommands | undefined;
  let lastRead: ListingRead | undefined;
  let teaching: TextField | null = null;
  let loading: { abort: AbortController; loaded?: number } | undefined;
  let markers: Marker[] = [];
  // Each navigation gets a number: a form read that finishes after the seller left the page is dropped.
  let generation = 0;

  const state = (): PageState => {
    const fields = lastRead ? (Object.keys(lastRead.fields) as TextField[]) : [];
    return {
      type: 'page/state',
      match,
      ...(lastRead && match?.kind === 'listing-editor' && { listing: { listing: lastRead.listing, sources: lastRead.sources, teaching } }),
      fields,
      ...(loading?.loaded !== undefined && { loading: loading.loaded }),
    };
  };
  // The listing controller reads often (every 50 ms while the page changes): a state the background
  // already has is not sent again, unless it asks (page/resend, after its worker restarted).
  let lastSent = '';
  // The first state after the script started: the background sends markers even if it sent the same ones to the last page.
  let fresh = true;
  const report = (force = false) => {
    const now = state();
    const key = JSON.stringify(now);
    const next: PageState = fresh ? { ...now, fresh: true } : now;
    if (!force && key === lastSent) return;
    lastSent = key;
    fresh = false;
    void deps.send(next).catch(() => undefined);
  };

  const stop = () => {
    controller?.dispose();
    controller = undefined;
    commands = undefined;
    lastRead = undefined;
    teaching = null;
    loading?.abort.abort();
    loading = undefined;
    if (markers.length > 0) {
      markers = [];
      deps.onMarkers?.(markers);
    }
  };

  const navigate = async (to: string) => {
    const next = detectPage(to);
    url = to;
    if (started && sameMatch(next, match)) return;
    started = true;
    const mine = ++generation;
    stop();
    match = next;
    deps.onPage?.(match);
    const adapter = next?.kind === 'listing-editor' ? editorAdapterFor(next.marketplace) : undefined;
    if (!adapter) return report();
    const running = await startListingController(doc, adapter, {
      onRead: (read) => {
        if (mine !== generation) return;
        lastRead = read;
        report();
      },
      onTeaching: (field) => {
        if (mine !== generation) return;
        teaching = field;
        report();
      },
    });
    if (mine !== generation) return running.dispose();
    controller = running;
    commands = formCommands(running);
  };

  const extractCards = (): ExtractedCards => {
    const shop = match ? readShopName(doc, match.kind) : undefined;
    return { cards: extractProductCards(doc, url), ...(shop && { shop }), url };
  };

  const startLoading = () => {
    loading?.abort.abort();
    const current: { abort: AbortController; loaded?: number } = { abort: new AbortController() };
    loading = current;
    void loadAll({
      count: () => extractProductCards(doc, url).length,
      onProgress: (loaded) => {
        if (current.abort.signal.aborted) return;
        current.loaded = loaded;
        report();
      },
      signal: current.abort.signal,
      ...(deps.loadIntervalMs !== undefined && { intervalMs: deps.loadIntervalMs }),
    }).then(() => {
      if (loading !== current) return;
      loading = undefined;
      report();
    });
  };

  const handle = (raw: unknown): Promise<unknown> | undefined => {
    const parsed = AgentMessageSchema.safeParse(raw);
    // Not the agent's (the palette's own message, or garbage): leave it to other listeners.
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'page/markers') {
      markers = message.markers;
      deps.onMarkers?.(markers);
      return Promise.resolve({ kept: true });
    }
    if (message.type === 'page/extract-cards') return Promise.resolve(extractCards());
    if (message.type === 'page/resend') {
      if (started) report(true);
      return Promise.resolve({ sent: started });
    }
    const { command } = message;
    if (command.command === 'audit-load-all') {
      startLoading();
      return Promise.resolve({ notice: null });
    }
    if (command.command === 'audit-cancel-load') {
      loading?.abort.abort();
      loading = undefined;
      report();
      return Promise.resolve({ notice: null });
    }
    return (commands?.run(command) ?? Promise.resolve(null)).then((notice) => ({ notice }));
  };

  return {
    navigate,
    handle,
    markers: () => markers,
    match: () => match,
    element: (field) => controller?.element(field),
    listing: () => lastRead?.listing,
    dispose: () => {
      generation++;
      stop();
    },
  };
}
