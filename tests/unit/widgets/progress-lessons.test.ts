import { describe, expect, it } from 'vitest';

import { earned, exercisesInSource, solvedIn } from '../../../src/widgets/progress-lessons';

const mdx = `
import PredictOutput from '~/components/PredictOutput.astro';

<PredictOutput program="tasks-order.py" />
<PredictOutput program="tasks-order.py" ask="duration" />
<Quiz>
  <Question prompt="?">
  </Question>
</Quiz>
<QuizOption />
`;

describe('exercisesInSource', () => {
  it('names each predict exercise as PredictOutput.astro does and counts the quizzes', () => {
    expect(exercisesInSource('/lessons/tasks/', mdx)).toEqual({
      path: '/lessons/tasks/',
      predict: ['predict:tasks-order.py', 'predict:tasks-order.py:duration'],
      quizzes: 1,
    });
  });
});

describe('earned', () => {
  const lesson = { path: '/lessons/tasks/', predict: ['predict:a.py'], quizzes: 1 };

  it('is earned when every exercise is solved', () => {
    const record = { complete: true, exercises: { 'predict:a.py': { solved: true }, 'quiz:x': { solved: true } } };

    expect(earned(record, lesson)).toBe(true);
    expect(solvedIn(record, lesson)).toEqual({ solved: 2, total: 2 });
  });

  it('is not earned by a record that only says it is complete', () => {
    expect(earned({ complete: true, exercises: {} }, lesson)).toBe(false);
  });

  it('does not count extra quiz entries past the lesson\'s quizzes, or a predict it does not have', () => {
    const record = {
      complete: true,
      exercises: { 'quiz:x': { solved: true }, 'quiz:y': { solved: true }, 'predict:other.py': { solved: true } },
    };

    expect(solvedIn(record, lesson)).toEqual({ solved: 1, total: 2 });
    expect(earned(record, lesson)).toBe(false);
  });
});
