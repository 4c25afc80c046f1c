import { describe, expect, it } from 'vitest';

import { endsInConsonant, particleAfter } from '../../../src/sim/korean-particles';
import { format } from '../../../src/sim/narrate';

describe('particleAfter', () => {
	it('reads a task number as a Sino-Korean numeral: Task-1이, Task-2가, Task-3이', () => {
		const names = ['Task-1', 'Task-2', 'Task-3', 'Task-4', 'Task-5', 'Task-6', 'Task-7', 'Task-8', 'Task-9', 'Task-10'];

		const said = names.map((n) => n + particleAfter(n, '이'));

		expect(said).toEqual([
			'Task-1이', // 일
			'Task-2가', // 이
			'Task-3이', // 삼
			'Task-4가', // 사
			'Task-5가', // 오
			'Task-6이', // 육
			'Task-7이', // 칠
			'Task-8이', // 팔
			'Task-9가', // 구
			'Task-10이', // 십
		]);
	});

	it('chooses 을/를, 은/는 and 과/와 by the same reading, whichever form it is given', () => {
		expect(['Task-1', 'Task-2'].map((n) => particleAfter(n, '를'))).toEqual(['을', '를']);
		expect(['Task-1', 'Task-2'].map((n) => particleAfter(n, '은'))).toEqual(['은', '는']);
		expect(['Task-0', 'Task-2'].map((n) => particleAfter(n, '와'))).toEqual(['과', '와']);
	});

	it('reads a call by its name or its last argument, as a Korean developer says it', () => {
		expect(particleAfter('main()', '이')).toBe('이'); // 메인
		expect(particleAfter('Task-2.__step()', '이')).toBe('가'); // 스텝
		expect(particleAfter('sleep(1)', '을')).toBe('을'); // 슬립 일
		expect(particleAfter('sleep(2)', '을')).toBe('를'); // 슬립 이
		expect(particleAfter('asyncio_0', '이')).toBe('이'); // 영
	});

	it('writes both forms when there is nothing to read', () => {
		expect(particleAfter('...', '이')).toBe('이(가)');
	});
});

describe('endsInConsonant', () => {
	it('follows a Hangul syllable’s own final consonant', () => {
		expect([endsInConsonant('루프'), endsInConsonant('태스크'), endsInConsonant('퓨처'), endsInConsonant('시간')]).toEqual([
			false,
			false,
			false,
			true,
		]);
	});
});

describe('format with a particle', () => {
	it('writes the particle that follows each value', () => {
		const template = '{task:이} {other:을} await합니다.';

		expect(format(template, { task: 'Task-1', other: 'Task-2' })).toBe('Task-1이 Task-2를 await합니다.');
		expect(format(template, { task: 'Task-2', other: 'Task-3' })).toBe('Task-2가 Task-3을 await합니다.');
	});
});
