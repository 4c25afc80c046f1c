/**
 * Brings a quiz to life (called by the Quiz.tsx island once it hydrates): each question's Check grades the chosen options
 * (quiz-grade.ts), shows every option's explanation with whether it was right, and remembers the
 * answers (progress-page.ts). The markup comes from Quiz.astro, QuizQuestion.astro and QuizOption.astro.
 */
import { loadPage, rememberAnswer } from './progress-page';
import { grade, type Verdict } from './quiz-grade';
import type { QuizStrings } from './quiz-strings';

interface QuestionParts {
  root: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
  correct: boolean[];
  options: HTMLElement[];
  feedback: HTMLElement;
}

function partsOf(root: HTMLFieldSetElement): QuestionParts {
  const options = [...root.querySelectorAll<HTMLElement>('[data-option]')];
  return {
    root,
    options,
    inputs: options.map((o) => o.querySelector<HTMLInputElement>('input[data-quiz-input]') as HTMLInputElement),
    correct: options.map((o) => o.dataset.correct === 'true'),
    feedback: root.querySelector<HTMLElement>('.qz-feedback') as HTMLElement,
  };
}

const chosenOf = (q: QuestionParts): number[] => q.inputs.flatMap((input, i) => (input.checked ? [i] : []));

/** Shows the grade of `q`'s current choice; returns whether it is right. */
function show(q: QuestionParts, t: QuizStrings): boolean {
  const { right, verdicts } = grade(q.correct, chosenOf(q));
  const words: Record<Verdict, string> = {
    'chosen-right': t.chosenRight,
    'chosen-wrong': t.chosenWrong,
    missed: t.missed,
    other: t.other,
  };
  q.options.forEach((option, i) => {
    const verdict = verdicts[i] ?? 'other';
    option.dataset.verdict = verdict;
    const expl = option.querySelector<HTMLElement>('.qz-expl');
    const label = option.querySelector<HTMLElement>('.qz-verdict');
    if (label) label.textContent = words[verdict];
    if (expl) expl.hidden = false;
  });
  q.feedback.textContent = right ? t.right : t.wrong;
  q.feedback.dataset.right = String(right);
  return right;
}

function hide(q: QuestionParts): void {
  for (const option of q.options) {
    delete option.dataset.verdict;
    const expl = option.querySelector<HTMLElement>('.qz-expl');
    if (expl) expl.hidden = true;
  }
  q.feedback.textContent = '';
  delete q.feedback.dataset.right;
}

/** Wires one quiz (its `.qz` element); a second call does nothing. */
export function initQuiz(quiz: HTMLElement): void {
  if (quiz.dataset.ready) return;
  quiz.dataset.ready = 'true';
  const id = quiz.dataset.exercise ?? '';
  const t = JSON.parse(quiz.dataset.strings ?? '{}') as QuizStrings;
  const questions = [...quiz.querySelectorAll<HTMLFieldSetElement>('[data-question]')].map(partsOf);
  const solved = questions.map(() => false);
  const done = quiz.querySelector<HTMLElement>('.qz-done');

  // Restore the remembered answers; show the grades only for a quiz already solved.
  const saved = loadPage().exercises[id];
  if (saved && Array.isArray(saved.answer) && saved.answer.length === questions.length) {
    questions.forEach((q, k) => {
      const chosen = (saved.answer as unknown[])[k];
      if (!Array.isArray(chosen)) return;
      for (const i of chosen) if (typeof i === 'number' && q.inputs[i]) q.inputs[i].checked = true;
      if (saved.solved) solved[k] = show(q, t);
    });
  }
  if (done) done.hidden = !saved?.solved;

  questions.forEach((q, k) => {
    q.root.querySelector('.qz-check')?.addEventListener('click', () => {
      if (chosenOf(q).length === 0) {
        hide(q);
        q.feedback.textContent = t.chooseFirst;
        return;
      }
      solved[k] = show(q, t);
      const all = solved.every(Boolean);
      rememberAnswer(id, questions.map(chosenOf), all);
      if (done && all) done.hidden = false;
    });
    for (const input of q.inputs) input.addEventListener('change', () => hide(q));
  });
}
