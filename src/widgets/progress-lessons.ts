/**
 * Which exercises each lesson has, and how many of them a learner's record shows solved. The
 * sidebar's ✓ and the home page's overview count from this, never from the record's own
 * `complete` flag, so an edited record (`{"complete": true}` and nothing solved) earns no ✓.
 */
import type { LessonRecord } from './progress-store';

export interface LessonExercises {
  /** The lesson page's path, as progress-store keys it: `/lessons/tasks/`. */
  path: string;
  /** The ids of its predict exercises (`predict:<program>[:duration]`, as PredictOutput.astro names them). */
  predict: string[];
  /** How many quizzes it has; a quiz's id derives from its questions (Quiz.astro). */
  quizzes: number;
}

/** A lesson's exercises, read from its MDX source. */
export function exercisesInSource(path: string, mdx: string): LessonExercises {
  const predict: string[] = [];
  for (const m of mdx.matchAll(/<PredictOutput\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    const program = /\bprogram=["']([^"']+)["']/.exec(attrs)?.[1];
    if (!program) continue;
    const duration = /\bask=["']duration["']/.test(attrs);
    predict.push(`predict:${program}${duration ? ':duration' : ''}`);
  }
  const quizzes = [...mdx.matchAll(/<Quiz[\s>]/g)].length;
  return { path, predict, quizzes };
}

/** How many of a lesson's exercises the record shows solved, of how many. */
export function solvedIn(record: LessonRecord, lesson: LessonExercises): { solved: number; total: number } {
  const solved = (id: string): boolean => record.exercises[id]?.solved === true;
  const predicts = lesson.predict.filter(solved).length;
  const quizzes = Object.keys(record.exercises).filter((id) => id.startsWith('quiz:') && solved(id)).length;
  return { solved: predicts + Math.min(quizzes, lesson.quizzes), total: lesson.predict.length + lesson.quizzes };
}

/** Every exercise of the lesson is solved in the record. */
export function earned(record: LessonRecord, lesson: LessonExercises): boolean {
  const { solved, total } = solvedIn(record, lesson);
  return total > 0 && solved === total;
}
