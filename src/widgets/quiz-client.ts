/**
 * Brings a quiz to life (called by the Quiz.tsx island once it hydrates): each question's Check
 * grades the chosen options (quiz-grade.ts) and remembers the answers (progress-page.ts). A wrong
 * answer explains only the options the learner chose, and offers "Show the answer"; a right
 * answer, or that button, opens every option's explanation with whether it is right. The markup
 * comes from Quiz.astro, QuizQuestion.astro and QuizOption.astro.
 */
import { loadPage, rememberAnswer, rememberReveal } from './progress-page';
import { feedback, type Verdict } from './quiz-grade';
import type { QuizStrings } from './quiz-strings';

interface QuestionParts {
  root: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
  correct: boolean[];
  options: HTMLElement[];
  feedback: HTMLElement;
  reveal: HTMLButtonElement | null;
}

function partsOf(root: HTMLFieldSetElement): QuestionParts {
  const options = [...root.querySelectorAll<HTMLElement>('[data-option]')];
  return {
    root,
    options,
    inputs: options.map((o) => o.querySelector<HTMLInputElement>('input[data-quiz-input]') as HTMLInputElement),
    correct: options.map((o) => o.dataset.correct === 'true'),
    feedback: root.querySelector<HTMLElement>('.qz-feedback') as HTMLElement,
    reveal: null,
  };
}

const chosenOf = (q: QuestionParts): number[] => q.inputs.flatMap((input, i) => (input.checked ? [i] : []));

/** Shows the grade of `q`'s current choice (every explanation when `gaveUp`); returns whether it is right. */
function show(q: QuestionParts, t: QuizStrings, gaveUp = false): boolean {
  const { right, verdicts, open, missing } = feedback(q.correct, chosenOf(q), gaveUp);
  const words: Record<Verdict, string> = {
    'chosen-right': t.chosenRight,
    'chosen-wrong': t.chosenWrong,
    missed: t.missed,
    other: t.other,
  };
  q.options.forEach((option, i) => {
    const verdict = verdicts[i] ?? 'other';
    const expl = option.querySelector<HTMLElement>('.qz-expl');
    const label = option.querySelector<HTMLElement>('.qz-verdict');
    if (open[i]) option.dataset.verdict = verdict;
    else delete option.dataset.verdict;
    if (label) label.textContent = open[i] ? words[verdict] : '';
    if (expl) expl.hidden = !open[i];
  });
  const wrongPick = verdicts.includes('chosen-wrong');
  q.feedback.textContent = right ? t.right : gaveUp ? t.revealed : wrongPick || missing === 0 ? t.wrong : t.missing;
  q.feedback.dataset.right = right ? 'true' : gaveUp ? 'revealed' : 'false';
  if (q.reveal) q.reveal.hidden = right || gaveUp;
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

/**
 * "Show the answer", offered after a wrong answer. It is made here rather than in the page's
 * HTML: without this script it could do nothing, and the quiz's id (Quiz.astro) is derived from
 * its questions' HTML, which must stay as it was for stored progress to stay found.
 */
function revealButton(q: QuestionParts, t: QuizStrings): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'qz-reveal';
  button.textContent = t.reveal;
  button.hidden = true;
  const check = q.root.querySelector('.qz-check');
  if (check) check.after(button);
  else q.feedback.before(button);
  return button;
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
    q.reveal = revealButton(q, t);
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
    q.reveal?.addEventListener('click', () => {
      show(q, t, true);
      rememberReveal(id);
      // The button hides itself; the focus goes to what it revealed, not to the page's start.
      q.feedback.tabIndex = -1;
      q.feedback.focus();
    });
    for (const input of q.inputs) input.addEventListener('change', () => hide(q));
  });
}
