/**
 * The quiz island. Its children are the quiz's questions, rendered to HTML at build time
 * (Quiz.astro); Preact leaves that markup alone, and the island only wires it (quiz-client.ts)
 * when it hydrates, which Astro's client:visible defers until the quiz scrolls into view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { initQuiz } from './quiz-client';

export default function Quiz({ children }: { children?: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const quiz = ref.current?.closest<HTMLElement>('.qz');
    if (quiz) initQuiz(quiz);
  }, []);
  return (
    <div class="qz-body" ref={ref}>
      {children}
    </div>
  );
}
