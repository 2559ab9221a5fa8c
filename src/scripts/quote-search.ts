/**
 * `<quote-search>`: the search page's behaviour. The page works as a plain form and lists every
 * quote without JavaScript; this element fetches the prebuilt index when the box is first
 * focused (or the page is idle), then searches as you type, keeps the query and facets in the
 * URL, and builds every result from text nodes and `<mark>`, never from markup. Results come in
 * groups, quotes first; each group shows a screenful and more on request.
 */
import { FACET_KEYS, FACET_LABELS, keepKnownFacets, type FacetCount, type FacetKey, type FacetSelection } from '../lib/search/facets';
import { isOperatorQuery, SearchEngine, type SearchHit } from '../lib/search/engine';
import { highlightSegments, keyRanges, snippet } from '../lib/search/highlight';
import { GROUP_DISPLAY, type SearchIndexFile } from '../lib/search/records';
import { allQuoteFacets, knownValues, shardedResults, wholeResults, type GroupResults, type ResultsView } from '../lib/search/results';
import { ShardedEngine } from '../lib/search/sharded-engine';
import type { ShardMeta } from '../lib/search/shards';
import { isEmptySearch, parseSearchState, serializeSearchState, type SearchState } from '../lib/search/state';
import type { WordKeyTable } from '../lib/search/words';

const FACET_VALUES_SHOWN = 12;
/** Keystrokes within this many milliseconds make one search: typing never queues a search per key. */
const TYPING_PAUSE_MS = 80;

type Child = Node | string | null | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Text with its matched words in `<mark>`, as nodes. */
function marked(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<Node | string> {
  return highlightSegments(text, ranges).map((segment) => (segment.mark ? el('mark', {}, segment.text) : segment.text));
}

const plural = (n: number, [one, many]: [string, string]) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

interface Loaded {
  engine: ShardedEngine;
  /** The whole index, loaded only for an operator query. */
  whole(): Promise<SearchEngine>;
  wordKeys: WordKeyTable;
  known: Record<FacetKey, ReadonlySet<string>>;
}

const getJson = (url: string): Promise<unknown> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<unknown>;
  });

class QuoteSearch extends HTMLElement {
  private loaded: Loaded | null = null;
  private loading: Promise<Loaded> | null = null;
  private state: SearchState = { q: '', facets: {} };
  private typingEntry = false;
  private typingTimer = 0;
  /** Counts searches, so only the latest one is drawn. */
  private drawing = 0;
  private view: ResultsView | null = null;
  /** How many of the view's groups are drawn: the first is drawn before the others have loaded. */
  private drawnGroups = 0;

  private get input(): HTMLInputElement {
    return this.querySelector('input[type="search"]') as HTMLInputElement;
  }

  private region<T extends HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  connectedCallback(): void {
    this.region<HTMLElement>('facets-toggle').hidden = false;
    this.region<HTMLElement>('facets-toggle').addEventListener('click', () => this.toggleFacets());
    this.input.addEventListener('focus', () => void this.load(), { once: true });
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => void this.load());
    this.input.addEventListener('input', () => this.scheduleTyping());
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typingTimer);
      this.change({ ...this.state, q: this.input.value }, 'commit');
    });
    this.region<HTMLElement>('facets').addEventListener('change', (event) => this.onFacetChange(event));
    window.addEventListener('popstate', () => void this.restore());
    document.addEventListener('keydown', (event) => this.onGlobalKey(event));
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.moveFocus(0, event);
    });
    const results = this.region<HTMLElement>('results');
    results.addEventListener('keydown', (event) => this.onResultsKey(event));
    results.addEventListener('click', (event) => void this.onShowMore(event));
    void this.restore();
  }

  private load(): Promise<Loaded> {
    this.loading ??= this.openIndex();
    return this.loading;
  }

  private async openIndex(): Promise<Loaded> {
    // The page passes the folder from src/lib/routes.ts, so the bundle does not carry the routes;
    // without it the files are read beside the page itself, which is that folder.
    const base = this.dataset.base ?? '';
    // A small index comes as one bundle of the split files; a file it lacks (or a failed bundle) is fetched on its own.
    const bundle = this.dataset.bundle
      ? (getJson(`${base}${this.dataset.bundle}`).catch(() => ({})) as Promise<Record<string, unknown>>)
      : null;
    const read = async (path: string): Promise<unknown> => (bundle ? (await bundle)[path] : undefined) ?? getJson(`${base}${path}`);
    const engine = new ShardedEngine((await read('meta.json')) as ShardMeta, read);
    let whole: Promise<SearchEngine> | null = null;
    const loadWhole = () =>
      (whole ??= getJson(`${base}index.json`).then((data) => {
        const file = data as SearchIndexFile;
        return new SearchEngine(file.records, file.index ?? undefined, file.wordKeys);
      }));
    this.loaded = { engine, whole: loadWhole, wordKeys: engine.meta.wordKeys, known: knownValues(engine) };
    return this.loaded;
  }

  /** On a phone the facets wait behind a button, so the first result is in view. */
  private toggleFacets(): void {
    const button = this.region<HTMLButtonElement>('facets-toggle');
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    this.region<HTMLElement>('facets').dataset.open = String(open);
  }

  private async restore(): Promise<void> {
    const state = parseSearchState(new URLSearchParams(window.location.search));
    this.input.value = state.q;
    this.typingEntry = false;
    const loaded = isEmptySearch(state) ? this.loaded : await this.load();
    // A URL can name any facet value; only the ones the quotes have are kept.
    this.state = loaded ? { ...state, facets: keepKnownFacets(state.facets, loaded.known) } : state;
    void this.render();
  }

  private scheduleTyping(): void {
    window.clearTimeout(this.typingTimer);
    this.typingTimer = window.setTimeout(() => this.change({ ...this.state, q: this.input.value }, 'typing'), TYPING_PAUSE_MS);
  }

  private change(next: SearchState, how: 'typing' | 'commit'): void {
    this.state = next;
    const url = `${window.location.pathname}${serializeSearchState(next)}`;
    // A run of keystrokes is one history entry; a submitted query or a facet is a step of its own.
    if (how === 'typing' && this.typingEntry) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    this.typingEntry = how === 'typing';
    void this.load().then(() => this.render());
  }

  private onFacetChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    const key = box.name as FacetKey;
    const current = new Set(this.state.facets[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    const facets: FacetSelection = { ...this.state.facets, [key]: [...current] };
    this.change({ q: this.input.value, facets }, 'commit');
  }

  private async onShowMore(event: Event): Promise<void> {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-more]');
    const view = this.view;
    const results = view?.groups.find((g) => g.group === button?.dataset.more);
    if (!button || !view || !results || !this.loaded) return;
    const before = results.shown.length;
    results.shown = [...results.shown, ...(await results.load(before, before + GROUP_DISPLAY[results.group].page))];
    if (view !== this.view) return;
    this.draw(view, this.loaded);
    // Focus the first of the newly shown results, so a keyboard reader carries on from there.
    const links = this.region<HTMLElement>('results').querySelectorAll<HTMLAnchorElement>(`[data-group="${results.group}"] a.result__link`);
    links[before]?.focus();
  }

  private onGlobalKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      this.input.focus();
      this.input.select();
    }
  }

  private resultLinks(): HTMLAnchorElement[] {
    return [...this.region<HTMLElement>('results').querySelectorAll<HTMLAnchorElement>('a.result__link')];
  }

  private moveFocus(index: number, event: Event): void {
    const links = this.resultLinks();
    if (links.length === 0) return;
    event.preventDefault();
    links[Math.max(0, Math.min(index, links.length - 1))]?.focus();
  }

  private onResultsKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowUp' && at === 0) {
      event.preventDefault();
      this.input.focus();
      return;
    }
    this.moveFocus(at + (event.key === 'ArrowDown' ? 1 : -1), event);
  }

  private async render(): Promise<void> {
    const results = this.region<HTMLElement>('results');
    const loaded = this.loaded;
    const drawing = ++this.drawing;
    if (!loaded || isEmptySearch(this.state)) {
      this.view = null;
      results.hidden = true;
      this.region<HTMLElement>('all-quotes').hidden = false;
      this.region<HTMLElement>('count').textContent = loaded
        ? `${loaded.engine.count('quote')} quotes. Type to search them and the articles.`
        : '';
      if (loaded) this.renderFacets(allQuoteFacets(loaded.engine));
      return;
    }
    const started = performance.now();
    const { q, facets } = this.state;
    const view = isOperatorQuery(q) ? wholeResults(await loaded.whole(), q, facets) : await shardedResults(loaded.engine, q, facets);
    const [first, ...rest] = view.groups;
    if (first) first.shown = await first.load(0, GROUP_DISPLAY[first.group].page);
    if (drawing !== this.drawing) return;
    this.view = view;
    // User timings, read by `npm run bench:typing`: the search until its screens are loaded.
    if (rest.length === 0) performance.measure('search', { start: started });
    // The first group (quotes, when any match) fills the screen: it is drawn as soon as its screen
    // is ready, and the other groups' screens are fetched side by side once it has been painted,
    // so nothing the first screen does not show stands in its way.
    this.drawSoon(drawing, () => {
      this.draw(view, loaded, 1);
      if (rest.length > 0)
        window.requestAnimationFrame(() => window.setTimeout(() => void this.drawRest(drawing, view, loaded, started), 0));
    });
  }

  /** The groups below the first, each with its first screen, fetched side by side. */
  private async drawRest(drawing: number, view: ResultsView, loaded: Loaded, started: number): Promise<void> {
    await Promise.all(view.groups.slice(1).map(async (group) => (group.shown = await group.load(0, GROUP_DISPLAY[group.group].page))));
    performance.measure('search', { start: started });
    this.drawSoon(drawing, () => {
      this.region<HTMLElement>('results').append(...view.groups.slice(this.drawnGroups).map((g) => this.renderGroup(g, loaded.wordKeys)));
      this.drawnGroups = view.groups.length;
    });
  }

  /** Draws in a task of its own, so a search and its drawing are never one long task; a newer search cancels it. */
  private drawSoon(drawing: number, draw: () => void): void {
    window.setTimeout(() => {
      if (drawing !== this.drawing) return;
      const start = performance.now();
      draw();
      performance.measure('draw', { start });
    }, 0);
  }

  /** The facets, the count and the results: the first `groups` groups of them (the others may still be loading). */
  private draw(view: ResultsView, loaded: Loaded, groups = view.groups.length): void {
    const results = this.region<HTMLElement>('results');
    this.renderFacets(view.facets);
    // A result focused by the arrow keys while a newer search was drawing keeps its place in the list.
    const focused = this.resultLinks().indexOf(document.activeElement as HTMLAnchorElement);
    results.replaceChildren(...view.groups.slice(0, groups).map((g) => this.renderGroup(g, loaded.wordKeys)));
    if (focused >= 0) this.resultLinks()[Math.min(focused, this.resultLinks().length - 1)]?.focus();
    this.drawnGroups = groups;
    results.hidden = false;
    this.region<HTMLElement>('all-quotes').hidden = true;
    const count = this.region<HTMLElement>('count');
    count.textContent =
      view.groups.length === 0
        ? 'Nothing matches.'
        : `${view.groups.map((g) => plural(g.total, GROUP_DISPLAY[g.group].noun)).join(', ')} match.`;
  }

  private renderGroup({ group, total, shown }: GroupResults, wordKeys: WordKeyTable): HTMLElement {
    const display = GROUP_DISPLAY[group];
    const headingId = `results-${group}`;
    const left = total - shown.length;
    return el(
      'section',
      { class: 'result-group', 'data-group': group, 'aria-labelledby': headingId },
      el('h2', { id: headingId }, `${display.heading} `, el('span', { class: 'muted' }, `(${total.toLocaleString('en')})`)),
      el('ol', { class: 'results' }, ...shown.map((hit) => this.renderHit(hit, wordKeys))),
      left > 0 &&
        el(
          'button',
          { type: 'button', class: 'show-more', 'data-more': group },
          `Show ${plural(Math.min(left, display.page), display.noun)} more (${left.toLocaleString('en')} not shown)`,
        ),
    );
  }

  private renderHit(hit: SearchHit, wordKeys: WordKeyTable): HTMLLIElement {
    const { record } = hit;
    const ranges = [...keyRanges(record.text, hit.matchedKeys, wordKeys), ...hit.textRanges];
    if (record.group === 'quote') {
      // In its sentence the article's own marks stand around the quote; alone, it gets them here.
      const [open, close] = record.context ? ['', ''] : ['“', '”'];
      const quote = el('a', { class: 'result__quote result__link', href: record.url }, open, ...marked(record.text, ranges), close);
      const sentence = el('p', { class: 'result__sentence' }, record.context?.before ?? '', quote, record.context?.after ?? '');
      const speaker = record.speakerUrl ? el('a', { href: record.speakerUrl }, record.speaker) : record.speaker;
      const meta = el(
        'p',
        { class: 'result__meta' },
        speaker,
        ` · ${record.attribution}${record.setByHand ? ' (set by hand)' : ''} · `,
        el('cite', {}, record.articleTitle),
        `, ${record.outlet}, ${record.date}`,
      );
      return el('li', { class: 'result result--quote' }, sentence, meta);
    }
    if (record.group === 'passage') {
      const cut = snippet(record.text, ranges);
      const link = el(
        'a',
        { class: 'result__link', href: record.url },
        cut.cutBefore ? '… ' : '',
        ...marked(cut.text, cut.ranges),
        cut.cutAfter ? ' …' : '',
      );
      return el(
        'li',
        { class: 'result result--passage' },
        el('p', {}, link),
        el('p', { class: 'result__meta' }, el('cite', {}, record.title)),
      );
    }
    const title = el('a', { class: 'result__link', href: record.url }, record.title);
    return el(
      'li',
      { class: `result result--${record.group}` },
      el('p', {}, title),
      record.text && el('p', { class: 'result__meta' }, ...marked(record.text, ranges)),
    );
  }

  private renderFacets(counts: Record<FacetKey, FacetCount[]>): void {
    const box = this.region<HTMLElement>('facets');
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && box.contains(active) ? { name: active.name, value: active.value } : null;
    box.replaceChildren(
      ...FACET_KEYS.map((key) => {
        const selected = new Set(this.state.facets[key] ?? []);
        const values = counts[key].filter((c, i) => i < FACET_VALUES_SHOWN || selected.has(c.value));
        return el(
          'fieldset',
          { class: 'facet' },
          el('legend', {}, FACET_LABELS[key]),
          ...values.map((c) => {
            const input = el('input', { type: 'checkbox', name: key, value: c.value });
            input.checked = selected.has(c.value);
            return el('label', {}, input, ` ${c.value} `, el('span', { class: 'facet__count' }, `(${c.count})`));
          }),
        );
      }),
    );
    box.hidden = false;
    // Re-rendering replaced the checkbox the reader just used; give focus back to its successor.
    if (focused)
      box.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
  }
}

customElements.define('quote-search', QuoteSearch);
