/**
 * The tab hub: the background's half of the side panel (utils/messaging/tab-protocol.ts
 * has the whole flow). It keeps what each tab's page agent last read, builds the tab's
 * view with the pure functions of utils/tab-view, pushes it to the open side panels,
 * sends the tab its markers, and routes the side panel's commands to the tab. No
 * debouncing here: the agent already waits for the seller to pause typing.
 */
import { auditCards } from '../../utils/audit';
import type { Audit } from '../../utils/audit/schema';
import { t, type Language } from '../../utils/i18n/translate';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { TEXT_FIELDS, type TextField } from '../../utils/marketplaces/editor/types';
import type { ResponseOf } from '../../utils/messaging/protocol';
import type { Handlers } from '../../utils/messaging/router';
import {
  ExtractedCardsSchema,
  NoticeReplySchema,
  type AgentMessage,
  type Marker,
  type PageCommand,
  type PageState,
  type TabView,
  type ViewPush,
} from '../../utils/messaging/tab-protocol';
import type { RuleId } from '../../utils/quality/rule-ids';
import { buildTabView, editorChecks, type EditorChecks, type TabExtras } from '../../utils/tab-view/build-view';

export interface TabHubDeps {
  /** `tabs.sendMessage`: the tab's page agent answers (or the promise rejects: no agent there). */
  sendToTab(tabId: number, message: AgentMessage | { type: 'palette/open' }): Promise<unknown>;
  disabledRules(marketplace: MarketplaceId): Promise<RuleId[]>;
  /** The existing `audit/save` handler: keeps the audit and finds the shop's previous one. */
  saveAudit(audit: Audit, tabId: number): Promise<ResponseOf<'audit/save'>>;
  /** Opens the side panel for the tab. Called first thing in the marker's message, while the user's gesture lasts. */
  openSidePanel(tabId: number): Promise<boolean>;
  language(): Promise<Language>;
  now?: () => Date;
}

export interface ViewPort {
  postMessage(message: ViewPush): void;
}

interface TabEntry {
  state: PageState;
  extras: TabExtras;
  view: TabView;
  /** The markers last sent to the tab, so an unchanged check sends none. */
  markersSent?: string;
}

const isTextField = (field: string): field is TextField => (TEXT_FIELDS as readonly string[]).includes(field);
const sameMatch = (a: PageState['match'], b: PageState['match']) => a?.marketplace === b?.marketplace && a?.kind === b?.kind;

export type TabHubHandlers = Pick<Handlers, 'page/state' | 'sidepanel/open' | 'view/get' | 'page/command'>;

export function createTabHub(deps: TabHubDeps) {
  const tabs = new Map<number, TabEntry>();
  const ports = new Set<ViewPort>();
  const disabled = new Map<MarketplaceId, RuleId[]>();
  let focusSeq = 0;
  /** The latest page state's arrival number per tab. */
  const latest = new Map<number, number>();
  let arrivals = 0;
  const now = deps.now ?? (() => new Date());

  const push = (view: TabView) => {
    for (const port of ports) {
      try {
        port.postMessage({ type: 'view', view });
      } catch {
        ports.delete(port); // a side panel that closed between our look and the send
      }
    }
  };

  /** The markers an add/edit form should have now, when they differ from what the tab last got. */
  const newMarkers = (entry: TabEntry, checks: EditorChecks | undefined): Marker[] | undefined => {
    if (entry.state.match?.kind !== 'listing-editor') return undefined;
    const markers = checks?.markers ?? [];
    const key = JSON.stringify(markers);
    if (key === entry.markersSent) return undefined;
    entry.markersSent = key;
    return markers;
  };

  /** Loads the marketplace's switched-off rules once; later calls find them kept. */
  const loadRulesOff = async (marketplace: MarketplaceId) => {
    disabled.set(marketplace, await deps.disabledRules(marketplace).catch(() => []));
  };

  /**
   * Builds the tab's view from its state and extras, keeps it, pushes it and sends the markers.
   * The markers go first, as soon as the quality check is done: the tags and the side panel's
   * view come after (issue 15: navigation → markers drawn under 100 ms).
   */
  const rebuild = (tabId: number, entry: TabEntry) => {
    const rules = (entry.state.match && disabled.get(entry.state.match.marketplace)) ?? [];
    const checks = editorChecks(entry.state, rules);
    const markers = newMarkers(entry, checks);
    if (markers) deps.sendToTab(tabId, { type: 'page/markers', markers }).catch(() => undefined);
    entry.view = buildTabView(tabId, entry.state, rules, entry.extras, checks);
    // A finished "load all" leaves the audit idle: keep that, not the loading count.
    if (entry.view.audit && entry.state.loading === undefined) entry.extras.audit = entry.view.audit;
    push(entry.view);
  };

  const update = (tabId: number, patch: (entry: TabEntry) => void) => {
    const entry = tabs.get(tabId);
    if (!entry) return;
    patch(entry);
    rebuild(tabId, entry);
  };

  const forward = async (tabId: number, command: PageCommand): Promise<ResponseOf<'page/command'>> => {
    const raw = await deps.sendToTab(tabId, { type: 'page/command', command }).catch(() => undefined);
    const reply = NoticeReplySchema.safeParse(raw);
    const notice = reply.success ? reply.data.notice : null;
    if (notice) update(tabId, (entry) => void (entry.extras.notice = notice));
    return { notice };
  };

  const runAudit = async (tabId: number) => {
    const entry = tabs.get(tabId);
    const match = entry?.state.match;
    if (!entry || !match || !entry.view.audit) return;
    // One audit at a time: a second click while one runs would save the same audit twice.
    if (entry.view.audit.phase === 'running') return;
    update(tabId, (e) => void (e.extras.audit = { phase: 'running' }));
    try {
      const extracted = ExtractedCardsSchema.parse(await deps.sendToTab(tabId, { type: 'page/extract-cards' }));
      const audit = auditCards(extracted.cards, {
        marketplace: match.marketplace,
        ...(extracted.shop && { shopName: extracted.shop.name, shopNameFrom: extracted.shop.from }),
        url: extracted.url,
        at: now(),
      });
      const saved = await deps.saveAudit(audit, tabId);
      update(tabId, (e) => {
        e.extras.audit = {
          phase: 'done',
          result: {
            id: saved.id,
            count: audit.summary.count,
            mean: audit.summary.meanScore,
            topIssues: audit.summary.topIssues,
            previous: saved.previous,
            ...(audit.productsLeftOut !== undefined && { leftOut: audit.productsLeftOut }),
          },
        };
      });
    } catch (error) {
      const language = await deps.language().catch((): Language => 'id');
      const detail = error instanceof Error ? error.message : String(error);
      update(tabId, (e) => void (e.extras.audit = { phase: 'failed', error: t(language, 'audit_failed', detail) }));
    }
  };

  const handlers: TabHubHandlers = {
    'page/state': async (state, { tabId }) => {
      if (tabId === undefined) return { accepted: false };
      const arrival = ++arrivals;
      latest.set(tabId, arrival);
      const marketplace = state.match?.marketplace;
      // Only the first page of a marketplace waits for its rule settings; later ones go straight on.
      if (marketplace && !disabled.has(marketplace)) {
        await loadRulesOff(marketplace);
        // A newer reading of the tab arrived while this one waited for the settings: it wins.
        if (latest.get(tabId) !== arrival) return { accepted: true };
      }
      const before = tabs.get(tabId);
      // Another page (or kind of page): what the seller did on the last one does not carry over.
      const extras = before && sameMatch(before.state.match, state.match) ? before.extras : {};
      // A fresh agent (the page loaded again) has no markers: what was sent before does not count.
      const markersSent = state.fresh ? undefined : before?.markersSent;
      const entry: TabEntry = { state, extras, view: { tabId, match: state.match }, markersSent };
      tabs.set(tabId, entry);
      rebuild(tabId, entry);
      return { accepted: true };
    },
    'sidepanel/open': async ({ field }, { tabId }) => {
      if (tabId === undefined) return { opened: false };
      // First, before any await: Chrome opens the side panel only while the click's gesture lasts.
      const opening = deps.openSidePanel(tabId);
      if (field) update(tabId, (entry) => void (entry.extras.focusField = { field, seq: ++focusSeq }));
      return { opened: await opening.catch(() => false) };
    },
    'view/get': ({ tabId }) => {
      const entry = tabs.get(tabId);
      // Nothing kept for the tab: the background started after the page was read (an idle MV3 worker
      // stops). The tab's agent, if any, sends its state again and the side panel gets it pushed.
      if (!entry) deps.sendToTab(tabId, { type: 'page/resend' }).catch(() => undefined);
      return { view: entry?.view ?? null };
    },
    'page/command': async ({ tabId, command }) => {
      switch (command.command) {
        case 'dismiss-notice':
          update(tabId, (entry) => void delete entry.extras.notice);
          return { notice: null };
        case 'audit-run':
          await runAudit(tabId);
          return { notice: null };
        case 'palette-open':
          await deps.sendToTab(tabId, { type: 'palette/open' }).catch(() => undefined);
          return { notice: null };
        case 'show-finding': {
          const { field, span } = command.finding;
          if (!isTextField(field)) return { notice: null };
          return forward(tabId, { command: 'focus-field', field, ...(span && { span }) });
        }
        default:
          return forward(tabId, command);
      }
    },
  };

  return {
    handlers,
    /** A side panel connected: it gets every tab's view from now on (it shows the one it follows). */
    connect(port: ViewPort): () => void {
      ports.add(port);
      return () => ports.delete(port);
    },
    /** The tab closed, or left the marketplace: its state goes, and an open side panel shows "not here". */
    dropTab(tabId: number): void {
      latest.delete(tabId);
      if (!tabs.delete(tabId)) return;
      push({ tabId, match: null });
    },
    /** The seller switched rules on or off (in the side panel or the options): every tab is judged again. */
    rulesChanged(byMarketplace: Partial<Record<MarketplaceId, RuleId[]>>): void {
      disabled.clear();
      for (const [marketplace, rules] of Object.entries(byMarketplace)) disabled.set(marketplace as MarketplaceId, rules ?? []);
      for (const [tabId, entry] of tabs) rebuild(tabId, entry);
    },
    view: (tabId: number): TabView | undefined => tabs.get(tabId)?.view,
  };
}

export type TabHub = ReturnType<typeof createTabHub>;
