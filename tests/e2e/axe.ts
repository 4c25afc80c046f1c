import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe, checking the WCAG 2 A and AA rules. */
export function axe(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
	]);
}

/** One line per violation: the rule, what it asks for, and where it failed. */
export function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
	return results.violations.map(
		(v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}
