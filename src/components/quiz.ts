/**
 * The quiz components lessons import: `import { Quiz, Question, Option } from '~/components/quiz';`
 * (see Quiz.astro for an example).
 */
export { default as Quiz } from './Quiz.astro';
export { default as Question } from './QuizQuestion.astro';
export { default as Option } from './QuizOption.astro';
