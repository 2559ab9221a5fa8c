/**
 * `<quote-search>`: the search page's behaviour. The page works as a plain form and lists every
 * quote without JavaScript; this element fetches the prebuilt index when the box is first
 * focused (or the page is idle), then searches as you type, keeps the query and facets in the
 * URL, and builds every result from text nodes and `<mark>`, never from markup.
 */
import { applyFacets, countFacets, FACET_KEYS, FACET_LABELS, type FacetKey, type FacetSelection } from '../lib/search/facets';
import { QuoteSearchEngine, type SearchHit } from '../lib/search/engine';
import { highlightSegments } from '../lib/search/highlight';
import type { SearchIndexFile } from '../lib/search/records';
import { isEmptySearch, parseSearchState, serializeSearchState, type SearchState } from '../lib/search/state';

const SHOWN = 50;
const FACET_VALUES_SHOWN = 12;

type Child = Node | string | null | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

class QuoteSearch extends HTMLElement {
  private engine: QuoteSearchEngine | null = null;
  private loading: Promise<QuoteSearchEngine> | null = null;
  private state: SearchState = { q: '', facets: {} };
  private typingEntry = false;

  private get input(): HTMLInputElement {
    return this.querySelector('input[type="search"]') as HTMLInputElement;
  }

  private region<T extends HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  connectedCallback(): void {
    this.region<HTMLElement>('facets').hidden = false;
    this.input.addEventListener('focus', () => void this.load(), { once: true });
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => void this.load());
    this.input.addEventListener('input', () => this.change({ ...this.state, q: this.input.value }, 'typing'));
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.change({ ...this.state, q: this.input.value }, 'commit');
    });
    this.region<HTMLElement>('facets').addEventListener('change', (event) => this.onFacetChange(event));
    window.addEventListener('popstate', () => void this.restore());
    document.addEventListener('keydown', (event) => this.onGlobalKey(event));
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.moveFocus(0, event);
    });
    this.region<HTMLElement>('results').addEventListener('keydown', (event) => this.onResultsKey(event));
    void this.restore();
  }

  private load(): Promise<QuoteSearchEngine> {
    this.loading ??= fetch(this.dataset.index ?? '/search/index.json')
      .then((response) => response.json() as Promise<SearchIndexFile>)
      .then((file) => (this.engine = new QuoteSearchEngine(file.records, file.index)));
    return this.loading;
  }

  private async restore(): Promise<void> {
    this.state = parseSearchState(new URLSearchParams(window.location.search));
    this.input.value = this.state.q;
    this.typingEntry = false;
    if (!isEmptySearch(this.state)) await this.load();
    this.render();
  }

  private change(next: SearchState, how: 'typing' | 'commit'): void {
    this.state = next;
    const url = `${window.location.pathname}${serializeSearchState(next)}`;
    // A run of keystrokes is one history entry; a submitted query or a facet is a step of its own.
    if (how === 'typing' && this.typingEntry) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    this.typingEntry = how === 'typing';
    if (this.engine) this.render();
    else void this.load().then(() => this.render());
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
    return [...this.region<HTMLElement>('results').querySelectorAll<HTMLAnchorElement>('a.result__quote')];
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

  private render(): void {
    const results = this.region<HTMLOListElement>('results');
    const fallback = this.region<HTMLElement>('all-quotes');
    const count = this.region<HTMLElement>('count');
    if (!this.engine || isEmptySearch(this.state)) {
      results.hidden = true;
      fallback.hidden = false;
      count.textContent = this.engine ? `${this.engine.size} quotes. Type to search them.` : '';
      if (this.engine) this.renderFacets(this.engine.search(''));
      return;
    }
    const hits = this.engine.search(this.state.q);
    const shown = applyFacets(hits, this.state.facets, (h) => h.record);
    this.renderFacets(hits);
    results.replaceChildren(...shown.slice(0, SHOWN).map((hit) => this.renderHit(hit)));
    results.hidden = false;
    fallback.hidden = true;
    count.textContent =
      shown.length === 0 ? 'No quotes match.' : shown.length > SHOWN ? `${shown.length} quotes match; the first ${SHOWN} are shown.` : `${shown.length} quote${shown.length === 1 ? '' : 's'} match.`;
  }

  private renderHit(hit: SearchHit): HTMLLIElement {
    const { record } = hit;
    const quote = el('a', { class: 'result__quote', href: record.url }, '“');
    for (const segment of highlightSegments(record.text, hit.textRanges)) quote.append(segment.mark ? el('mark', {}, segment.text) : segment.text);
    quote.append('”');
    const speaker = record.speakerUrl ? el('a', { href: record.speakerUrl }, record.speaker) : record.speaker;
    const meta = el('p', { class: 'result__meta' }, speaker, ` · ${record.attribution}${record.setByHand ? ' (set by hand)' : ''} · `, el('cite', {}, record.articleTitle), `, ${record.outlet}, ${record.date}`);
    return el('li', { class: 'result' }, el('p', {}, quote), meta);
  }

  private renderFacets(hits: SearchHit[]): void {
    const box = this.region<HTMLElement>('facets');
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && box.contains(active) ? { name: active.name, value: active.value } : null;
    const counts = countFacets(hits, this.state.facets, (h) => h.record);
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
    // Re-rendering replaced the checkbox the reader just used; give focus back to its successor.
    if (focused) box.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
  }
}

customElements.define('quote-search', QuoteSearch);
