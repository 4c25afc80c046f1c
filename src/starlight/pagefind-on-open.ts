/**
 * Starlight's search loads the Pagefind UI (about 27 KB of gzipped JavaScript) as soon as the
 * browser is idle, on every page, whether or not anyone searches. astro.config.mjs points
 * Starlight's `import('@pagefind/default-ui')` here instead: this stand-in is a few hundred bytes,
 * and it loads the real UI the first time the search dialog opens (or the search button is
 * hovered or focused, to get a head start).
 *
 * Until the real UI is drawn, a plain search box stands in for it, so that Starlight's Ctrl+K
 * (which focuses the dialog's first input: components/Search.astro, `openModal`) has somewhere to
 * put the keys typed straight after it. When the real UI is drawn, what was typed moves into it
 * and is searched for, and the focus follows.
 */
type Options = Record<string, unknown> & { element: string; translations?: Record<string, string> };

/** The part of Pagefind's UI class used here. */
interface RealUI {
  triggerSearch(term: string): void;
}

export class PagefindUI {
  constructor(options: Options) {
    const search = document.querySelector('site-search');
    const dialog = search?.querySelector('dialog');
    const button = search?.querySelector('button[data-open-modal]');
    const target = document.querySelector<HTMLElement>(options.element);
    if (!dialog || !button || !target) return;
    const early = standIn(options.translations?.placeholder ?? 'Search');
    target.append(early);
    let loading: Promise<void> | null = null;
    const load = (): Promise<void> =>
      // @ts-expect-error: the package ships no types (Starlight's own import says the same).
      (loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
        const typed = early.value;
        const focused = document.activeElement === early;
        early.remove();
        const ui = new Real(options) as RealUI;
        const input = target.querySelector<HTMLInputElement>('input');
        if (typed !== '') ui.triggerSearch(typed);
        if (input && (focused || dialog.open)) input.focus();
      }));
    button.addEventListener('pointerenter', () => void load(), { once: true });
    button.addEventListener('focus', () => void load(), { once: true });
    new MutationObserver(() => {
      if (dialog.open) {
        if (early.isConnected) early.focus();
        void load();
      }
    }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}

/** A search box that looks like Pagefind's, to take keys until Pagefind's own is drawn. */
function standIn(label: string): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'pagefind-ui__search-input';
  input.placeholder = label;
  input.setAttribute('aria-label', label);
  input.autocomplete = 'off';
  return input;
}
