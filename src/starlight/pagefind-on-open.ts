/**
 * Starlight's search loads the Pagefind UI (about 27 KB of gzipped JavaScript) as soon as the
 * browser is idle, on every page, whether or not anyone searches. astro.config.mjs points
 * Starlight's `import('@pagefind/default-ui')` here instead: this stand-in is a few hundred bytes,
 * and it loads the real UI the first time the search dialog opens (or the search button is
 * hovered or focused, to get a head start), then moves focus into its search box.
 */
type Options = Record<string, unknown> & { element: string };

export class PagefindUI {
  constructor(options: Options) {
    const search = document.querySelector('site-search');
    const dialog = search?.querySelector('dialog');
    const button = search?.querySelector('button[data-open-modal]');
    if (!dialog || !button) return;
    let loading: Promise<void> | null = null;
    const load = (): Promise<void> =>
      // @ts-expect-error: the package ships no types (Starlight's own import says the same).
      (loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
        new Real(options);
      }));
    const focusInput = (): void => {
      if (dialog.open) document.querySelector<HTMLInputElement>(`${options.element} input`)?.focus();
    };
    button.addEventListener('pointerenter', () => void load(), { once: true });
    button.addEventListener('focus', () => void load(), { once: true });
    new MutationObserver(() => {
      if (dialog.open) void load().then(focusInput);
    }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}
