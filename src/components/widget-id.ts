/**
 * Element-id prefixes unique within a page. Each island renders in a root of its own, where
 * Preact's `useId` starts counting afresh, so two widgets on one page would repeat ids. Astro
 * gives every page render its own `Astro.locals` object; counting per that object numbers the
 * widgets of one page 1, 2, 3… in the order they appear.
 */
const counts = new WeakMap<object, number>();

export function widgetId(locals: object, kind: string): string {
	const n = (counts.get(locals) ?? 0) + 1;
	counts.set(locals, n);
	return `${kind}${n}`;
}
