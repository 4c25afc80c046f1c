import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { simulate } from '../../../src/sim';
import { initialContext, narrationAt, stepBack, stepForward } from '../../../src/sim/machine';
import { en } from '../../../src/sim/narrate';
import { narrationFrom } from '../../../src/widgets/event-loop-narration';
import { ko } from '../../../src/widgets/narrate-ko';

const program = readFileSync(new URL('../../../content/programs/coroutines-sequential.py', import.meta.url), 'utf8');
const trace = simulate(program, { trace: true }).trace ?? [];

describe('narrationFrom', () => {
	it('says what narrationAt says at every stop when stepping forward', () => {
		let ctx = initialContext({ events: trace });
		const said: string[] = [];

		while (ctx.cursor < trace.length) {
			const next = stepForward(ctx);
			expect(narrationFrom(ctx, next, en)).toBe(narrationAt(next));
			said.push(narrationFrom(ctx, next, en));
			ctx = next;
		}

		expect(said.some((s) => s.includes('prints “main: took 0.3s”'))).toBe(true);
	});

	it('says what narrationAt says when stepping back, or with nothing shown before', () => {
		let ctx = initialContext({ events: trace });
		for (let i = 0; i < 12; i++) ctx = stepForward(ctx);

		const back = stepBack(ctx);

		expect(narrationFrom(ctx, back, en)).toBe(narrationAt(back));
		expect(narrationFrom(null, ctx, en)).toBe(narrationAt(ctx));
	});

	it('speaks the table it is given', () => {
		const ctx = stepForward(initialContext({ events: trace }));

		expect(narrationFrom(null, ctx, ko)).toBe(narrationAt(ctx, 'stop', ko));
		expect(narrationFrom(null, ctx, ko)).toMatch(/Task-1이 .*만들어집니다/);
	});
});
