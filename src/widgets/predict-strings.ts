/**
 * The predict exercise's words, per locale. The Astro wrapper sends the page's language only.
 * `check` is the accessible name tests and screen readers find.
 */
import type { Misconception } from './predict-check';
import type { DurationReason } from './predict-hints';

export interface PredictStrings {
  /** The widget's label; `{file}` is the program's name. */
  title: string;
  orderPrompt: string;
  durationPrompt: string;
  /** The list of lines the learner orders. */
  lines: string;
  /** `{line}` is the line's text. */
  moveUp: string;
  moveDown: string;
  /** Announced after a move: `{line}`, `{position}` of `{total}`. */
  moved: string;
  dragHint: string;
  check: string;
  seconds: string;
  program: string;
  right: string;
  /** Right, with a race: `{n}` lines whose order CPython does not fix. */
  rightRace: string;
  /** Hint tier 1 of an order: `{position}` (1-based) and `{got}`, the line the learner put there. */
  wrongPlace: string;
  /** Hint tier 2 of an order. */
  misconceptions: Record<Misconception, string>;
  durationRight: string;
  /** Hint tier 1 of a duration: `{answer}`. */
  tooLong: string;
  tooShort: string;
  /** Hint tier 2 of a duration. */
  reasons: Record<DurationReason, string>;
  /** Asks for the next tier of hints. */
  moreHelp: string;
  /** Hint tier 3: reveals the output and the lesson's explanation. */
  reveal: string;
  /** Said where the hints were, once the answer is revealed. */
  revealed: string;
  /** The answer's panel, below the exercise: `{file}`. */
  answer: string;
  /** The output's label in that panel. */
  output: string;
  /** Under the output of a duration exercise: `{actual}`. */
  durationAnswer: string;
  durationInvalid: string;
  tolerance: string;
  /** Opens the visualizer at the step where the right line was printed. */
  show: string;
  showDuration: string;
  visualizer: string;
  solved: string;
}

const en: PredictStrings = {
  title: 'Predict the output: {file}',
  orderPrompt: 'Put the lines in the order the program prints them, then press Check.',
  durationPrompt: 'How long does this program take to run, in seconds?',
  lines: 'Output lines, in your order',
  moveUp: 'Move up: {line}',
  moveDown: 'Move down: {line}',
  moved: '{line}: now line {position} of {total}.',
  dragHint: 'Drag a line, or use its Move up and Move down buttons.',
  check: 'Check',
  seconds: 'Seconds',
  program: 'Program',
  right: 'Right: this is the order CPython prints.',
  rightRace: 'Right. {n} of these lines may come in any order among themselves: CPython does not fix it.',
  wrongPlace: 'Not yet. Line {position} is the first in the wrong place: “{got}”.',
  misconceptions: {
    create_task:
      'It looks as if you expected create_task to start the task at once. It only schedules the task: its first line runs after the creator reaches an await that suspends.',
    gather:
      'It looks as if you expected gather to return in finishing order. gather returns its results in the order you passed the awaitables, whatever order they finished in.',
    'time.sleep':
      'It looks as if you expected time.sleep to let other tasks run. It blocks the thread the loop runs in: nothing else runs until it returns.',
    await:
      'It looks as if you expected await of a coroutine (or plain code) to let other tasks run. The loop gets a turn only when the task reaches an await that really suspends, such as asyncio.sleep.',
    neutral: 'Compare your order with the program, one await at a time.',
  },
  durationRight: 'Right: on the virtual clock the run takes {actual} s.',
  tooLong: 'Not yet: {answer} s is too long.',
  tooShort: 'Not yet: {answer} s is too short.',
  reasons: {
    overlap:
      'Some of these waits overlap: while one task or thread waits, the others wait at the same time, so their times do not add up.',
    sequence:
      'Some of these waits cannot overlap: awaiting a coroutine, a blocking call such as time.sleep, or a thread pool with no free worker makes one wait start only when another ends.',
  },
  moreHelp: 'Give me a hint',
  reveal: 'Show the answer',
  revealed: 'The answer is below. Check an answer of your own to mark the exercise solved.',
  answer: 'The answer: {file}',
  output: 'What CPython prints',
  durationAnswer: 'The run takes {actual} s on the virtual clock.',
  durationInvalid: 'Type a number of seconds, such as 0.5.',
  tolerance: 'Answers within 0.05 s count: the loop’s own turns add a few microseconds.',
  show: 'Show this line in the visualizer',
  showDuration: 'Step through the run in the visualizer',
  visualizer: 'Visualizer',
  solved: 'Solved',
};

const ko: PredictStrings = {
  title: '출력 예측하기: {file}',
  orderPrompt: '프로그램이 출력하는 순서대로 줄을 놓은 다음 확인을 누르세요.',
  durationPrompt: '이 프로그램은 실행하는 데 몇 초가 걸릴까요?',
  lines: '출력 줄 (내가 정한 순서)',
  moveUp: '위로 옮기기: {line}',
  moveDown: '아래로 옮기기: {line}',
  moved: '{line}: 이제 {total}줄 중 {position}번째 줄입니다.',
  dragHint: '줄을 끌어다 놓거나, 줄마다 있는 위로/아래로 옮기기 버튼을 쓰세요.',
  check: '확인',
  seconds: '초',
  program: '프로그램',
  right: '정답입니다. CPython이 출력하는 순서와 같습니다.',
  rightRace: '정답입니다. 이 중 {n}줄은 서로 순서가 정해져 있지 않습니다. CPython이 순서를 보장하지 않습니다.',
  wrongPlace: '아직 아닙니다. {position}번째 줄부터 자리가 틀렸습니다: “{got}”',
  misconceptions: {
    create_task:
      'create_task가 태스크를 곧바로 시작한다고 생각한 것 같습니다. create_task는 태스크를 예약할 뿐이고, 태스크의 첫 줄은 만든 쪽이 실제로 멈추는 await에 이른 뒤에 실행됩니다.',
    gather:
      'gather가 끝난 순서대로 결과를 돌려준다고 생각한 것 같습니다. gather는 끝난 순서와 상관없이 넘겨준 순서대로 결과를 돌려줍니다.',
    'time.sleep':
      'time.sleep 동안 다른 태스크가 실행된다고 생각한 것 같습니다. time.sleep은 이벤트 루프가 도는 스레드를 막기 때문에, 끝날 때까지 아무것도 실행되지 않습니다.',
    await:
      '코루틴을 await하면(또는 평범한 코드를 실행하면) 다른 태스크가 실행된다고 생각한 것 같습니다. 이벤트 루프는 태스크가 asyncio.sleep처럼 실제로 멈추는 await에 이르렀을 때만 차례를 얻습니다.',
    neutral: '프로그램을 await 하나씩 따라가며 내 순서와 비교해 보세요.',
  },
  durationRight: '정답입니다. 가상 시계로 {actual}초가 걸립니다.',
  tooLong: '아직 아닙니다. {answer}초는 너무 깁니다.',
  tooShort: '아직 아닙니다. {answer}초는 너무 짧습니다.',
  reasons: {
    overlap:
      '이 중에는 겹치는 대기가 있습니다. 한 태스크나 스레드가 기다리는 동안 다른 쪽도 함께 기다리므로, 대기 시간을 그냥 더하면 안 됩니다.',
    sequence:
      '이 중에는 겹칠 수 없는 대기가 있습니다. 코루틴을 await하거나, time.sleep 같은 블로킹 호출을 하거나, 스레드 풀에 남는 워커가 없으면 한 대기가 끝나야 다음 대기가 시작됩니다.',
  },
  moreHelp: '힌트 보기',
  reveal: '정답 보기',
  revealed: '정답은 아래에 있습니다. 직접 답을 맞춰 확인을 누르면 완료로 표시됩니다.',
  answer: '정답과 풀이: {file}',
  output: 'CPython의 출력',
  durationAnswer: '가상 시계로 {actual}초가 걸립니다.',
  durationInvalid: '0.5처럼 초 단위 숫자를 입력하세요.',
  tolerance: '0.05초 이내의 차이는 정답으로 칩니다. 이벤트 루프가 한 바퀴 돌 때마다 몇 마이크로초씩 더해지기 때문입니다.',
  show: '이 줄을 시각화 도구에서 보기',
  showDuration: '시각화 도구로 실행 과정 따라가기',
  visualizer: '시각화 도구',
  solved: '완료',
};

const TABLES = { en, ko } as const;

/** The strings for a locale (English when the page's language has no table). */
export function predictStrings(locale: string): PredictStrings {
  return locale === 'ko' ? TABLES.ko : TABLES.en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
