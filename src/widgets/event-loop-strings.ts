/**
 * The visualizer's words, per locale. The Astro wrapper picks a table from `Astro.currentLocale`
 * and the island receives only the locale's name, so a page ships one language's narration.
 * Control names are accessible names that tests and screen readers find.
 */
import { en as narrationEn, type Messages } from '../sim/narrate';
import { ko as narrationKo } from './narrate-ko';

export interface UiStrings {
  /** The widget's label; `{file}` is the program's name. */
  title: string;
  step: string;
  back: string;
  play: string;
  pause: string;
  reset: string;
  speed: string;
  /** `{n}` steps per second, for the speed options. */
  perSecond: string;
  /** The same, for exactly one step per second. */
  perSecondOne: string;
  /** The button that fills the window with the widget (Escape leaves). */
  focus: string;
  scrubber: string;
  /** The scrubber's spoken value. */
  position: string;
  /** Shortcuts, said once to assistive technology and shown as a tooltip. */
  keys: string;
  program: string;
  clock: string;
  phase: string;
  ready: string;
  runningNow: string;
  timers: string;
  timersNote: string;
  tasks: string;
  futures: string;
  threads: string;
  output: string;
  empty: string;
  cancelled: string;
  /** A capped list's last line: `{n}` more items. */
  more: string;
  /** The output panel's first line when early lines are not shown. */
  earlier: string;
  start: string;
  taskScheduled: string;
  taskRunning: string;
  taskWaiting: string;
  taskYielded: string;
  taskFinished: string;
  taskFailed: string;
  taskCancelled: string;
  futurePending: string;
  futureFinished: string;
  futureFailed: string;
  futureCancelled: string;
  threadIdle: string;
  threadBusy: string;
  /** A busy worker whose job's end is known: `{job}` and `{until}` (seconds on the virtual clock). */
  threadBusyUntil: string;
  /** A pending future's waiting callbacks: `{callbacks}`. */
  futureCallbacks: string;
  jobQueued: string;
  /** The level-of-detail radio group and its two choices. */
  detail: string;
  detailProgram: string;
  detailCpython: string;
  /** How far Step moves, and its choices. */
  stepTo: string;
  toStep: string;
  toLine: string;
  toAwait: string;
  toOutput: string;
  /** "Run to here": the menu of program lines. */
  runTo: string;
  runToPick: string;
  runToLine: string;
  /** Queue and timer rows in the learner's terms ("Your program"). */
  labelStarts: string;
  labelResumes: string;
  labelLoopStops: string;
  labelEnds: string;
  labelArrives: string;
  /** The timeline panel. */
  timeline: string;
  timelineHelp: string;
  timelineTable: string;
  loopLane: string;
  notYet: string;
  lane: string;
  state: string;
  from: string;
  to: string;
  at: string;
  spanReady: string;
  spanSleeping: string;
  /** The await graph panel. */
  graph: string;
  graphNote: string;
  graphRunning: string;
  graphSuspended: string;
  graphReady: string;
  graphThread: string;
  graphUntil: string;
  /** The phone layout's tab list. */
  panels: string;
  /** On a phone, the options (speed, how far Step moves, detail, focus) fold under this. */
  options: string;
}

const en: UiStrings = {
  title: 'Event loop: {file}',
  step: 'Step',
  back: 'Back',
  play: 'Play',
  pause: 'Pause',
  reset: 'Rewind',
  speed: 'Speed',
  perSecond: '{n} steps/s',
  perSecondOne: '{n} step/s',
  focus: 'Focus',
  scrubber: 'Position in the run',
  position: 'step {step} of {total}',
  keys: 'Keyboard: Right arrow steps, Left arrow goes back, Space plays or pauses, Home resets, End jumps to the end, Escape leaves Focus.',
  program: 'Program',
  clock: 'Clock',
  phase: 'Loop',
  ready: 'Ready queue',
  runningNow: 'Running now: {label}',
  timers: 'Timers',
  timersNote: 'A heap; shown by deadline.',
  tasks: 'Tasks',
  futures: 'Futures',
  threads: 'Threads',
  output: 'Output',
  empty: 'empty',
  cancelled: 'cancelled',
  more: '+{n} more',
  earlier: '({n} earlier lines not shown)',
  start: 'Press Step to run the program one scheduling step at a time.',
  taskScheduled: 'scheduled',
  taskRunning: 'running',
  taskWaiting: 'waiting on {on}',
  taskYielded: 'yielded; scheduled again',
  taskFinished: 'done, returned {value}',
  taskFailed: 'failed: {value}',
  taskCancelled: 'cancelled',
  futurePending: 'pending',
  futureFinished: 'result {value}',
  futureFailed: 'exception {value}',
  futureCancelled: 'cancelled',
  threadIdle: 'idle',
  threadBusy: 'busy: {job}',
  threadBusyUntil: 'busy until t = {until} s: {job}',
  futureCallbacks: 'pending; on done: {callbacks}',
  jobQueued: 'queued: {job}',
  detail: 'Detail',
  detailProgram: 'Your program',
  detailCpython: 'Inside CPython',
  stepTo: 'Step to',
  toStep: 'next step',
  toLine: 'next line',
  toAwait: 'next await that suspends',
  toOutput: 'next output line',
  runTo: 'Run to line',
  runToPick: 'choose…',
  runToLine: 'line {line}',
  labelStarts: '{task} starts',
  labelResumes: '{task} resumes',
  labelLoopStops: 'the loop stops',
  labelEnds: '{what} ends',
  labelArrives: 'result of {what} arrives',
  timeline: 'Timeline',
  timelineHelp: 'One lane for the loop, each task and each worker thread, on the virtual clock. Click a moment to go there; the arrow keys step.',
  timelineTable: 'The timeline as a table',
  loopLane: 'event loop',
  notYet: 'not created yet',
  lane: 'Lane',
  state: 'State',
  from: 'From',
  to: 'To',
  at: 'at that moment',
  spanReady: 'ready',
  spanSleeping: 'sleeping in select',
  graph: 'Await graph',
  graphNote: 'Who awaits whom, as python -m asyncio pstree (Python 3.14) prints its awaited-by tree.',
  graphRunning: 'running',
  graphSuspended: 'suspended',
  graphReady: 'ready to run',
  graphThread: 'on {thread}',
  graphUntil: 'until {until}',
  panels: 'Panels',
  options: 'Options: speed, step size, detail, focus',
};

const ko: UiStrings = {
  title: '이벤트 루프: {file}',
  step: '다음',
  back: '이전',
  play: '재생',
  pause: '일시정지',
  reset: '처음으로',
  speed: '속도',
  perSecond: '초당 {n}단계',
  perSecondOne: '초당 {n}단계',
  focus: '집중 보기',
  scrubber: '실행 위치',
  position: '{total}단계 중 {step}번째',
  keys: '키보드: 오른쪽 화살표는 다음, 왼쪽 화살표는 이전, 스페이스는 재생/일시정지, Home은 처음으로, End는 끝으로, Esc는 집중 보기를 닫습니다.',
  program: '프로그램',
  clock: '시계',
  phase: '루프',
  ready: '준비 큐',
  runningNow: '지금 실행 중: {label}',
  timers: '타이머',
  timersNote: '힙입니다. 기한 순으로 보여 줍니다.',
  tasks: '태스크',
  futures: '퓨처',
  threads: '스레드',
  output: '출력',
  empty: '비어 있음',
  cancelled: '취소됨',
  more: '+{n}개 더',
  earlier: '(앞의 {n}줄은 생략)',
  start: '다음 버튼을 누르면 프로그램이 스케줄링 단계 하나씩 실행됩니다.',
  taskScheduled: '예약됨',
  taskRunning: '실행 중',
  taskWaiting: '{on} 기다리는 중',
  taskYielded: '양보함, 다시 예약됨',
  taskFinished: '끝남, {value} 반환',
  taskFailed: '실패: {value}',
  taskCancelled: '취소됨',
  futurePending: '대기 중',
  futureFinished: '결과 {value}',
  futureFailed: '예외 {value}',
  futureCancelled: '취소됨',
  threadIdle: '쉬는 중',
  threadBusy: '작업 중: {job}',
  threadBusyUntil: 't = {until}초까지 작업 중: {job}',
  futureCallbacks: '대기 중, 완료되면 실행: {callbacks}',
  jobQueued: '대기열: {job}',
  detail: '보기 수준',
  detailProgram: '내 프로그램',
  detailCpython: 'CPython 내부',
  stepTo: '이동 단위',
  toStep: '다음 단계',
  toLine: '다음 줄',
  toAwait: '멈추는 다음 await',
  toOutput: '다음 출력 줄',
  runTo: '여기까지 실행',
  runToPick: '줄 선택…',
  runToLine: '{line}번 줄',
  labelStarts: '{task} 시작',
  labelResumes: '{task} 재개',
  labelLoopStops: '루프 멈춤',
  labelEnds: '{what} 끝남',
  labelArrives: '{what} 결과 도착',
  timeline: '타임라인',
  timelineHelp: '루프, 태스크, 워커 스레드마다 한 줄씩, 가상 시계 위에 그립니다. 한 지점을 누르면 그곳으로 가고, 화살표 키로 한 단계씩 움직입니다.',
  timelineTable: '타임라인을 표로 보기',
  loopLane: '이벤트 루프',
  notYet: '아직 만들어지지 않음',
  lane: '줄',
  state: '상태',
  from: '시작',
  to: '끝',
  at: '그 순간',
  spanReady: '준비됨',
  spanSleeping: 'select에서 잠듦',
  graph: 'await 그래프',
  graphNote: '누가 누구를 await하는지, python -m asyncio pstree(파이썬 3.14)의 awaited-by 트리처럼 그립니다.',
  graphRunning: '실행 중',
  graphSuspended: '멈춤',
  graphReady: '실행 대기',
  graphThread: '{thread}에서 실행',
  graphUntil: '{until}까지',
  panels: '패널',
  options: '설정: 속도, 이동 단위, 보기 수준, 집중 보기',
};

export type Locale = 'en' | 'ko';

export interface WidgetStrings {
  ui: UiStrings;
  narration: Messages;
}

const TABLES: Record<Locale, WidgetStrings> = {
  en: { ui: en, narration: narrationEn },
  ko: { ui: ko, narration: narrationKo },
};

/** The locale a page's `Astro.currentLocale` maps to; English for anything unknown. */
export function localeOf(currentLocale: string | undefined): Locale {
  return currentLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function stringsFor(locale: Locale): WidgetStrings {
  return TABLES[locale];
}
