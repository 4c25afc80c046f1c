/** The playground's words, per locale; the Astro wrapper passes the page's table only. */

export interface PlaygroundStrings {
  /** `{file}` is the program's name. */
  title: string;
  toolbar: string;
  edit: string;
  run: string;
  reset: string;
  share: string;
  /** The editing area's accessible name. */
  editorLabel: string;
  runHint: string;
  loading: string;
  loadFailed: string;
  running: string;
  ran: string;
  ranWithException: string;
  restoredDraft: string;
  sharedLoaded: string;
  sharedUnreadable: string;
  /** A share link for a program this page has no playground for; `{file}` is its name. */
  sharedMissing: string;
  linkLabel: string;
  linkCopied: string;
  linkShown: string;
  resetDone: string;
  timeout: string;
  failed: string;
  /** Headings of a problem; `{line}` and `{column}` are 1-based. */
  problemAt: Record<'syntax' | 'unsupported' | 'exception' | 'stopped' | 'internal', string>;
  /** The same, when the message names no line. */
  problemNoLine: Record<'syntax' | 'unsupported' | 'exception' | 'stopped' | 'internal', string>;
  /** The stderr panel's heading and accessible name. */
  stderr: string;
  /** Said when a run ends normally but wrote to stderr (a warning, say). */
  ranWithStderr: string;
  /** Said when a run is too long to step through; `{events}` and `{cap}` are counts of events. */
  ranTooLong: string;
  /** The heading of the output shown for such a run. */
  output: string;
  /** The link every "not supported" message carries, and where it goes. */
  supportedLink: string;
  supportedHref: string;
}

export const en: PlaygroundStrings = {
  title: 'Playground: {file}',
  toolbar: 'Program editor',
  edit: 'Edit',
  run: 'Run',
  reset: 'Reset program',
  share: 'Share link',
  editorLabel: 'Python program {file}',
  runHint: 'Edit the program, then press Run (or Ctrl+Enter) to watch it in the visualizer. Tab leaves the editor.',
  loading: 'Loading the editor…',
  loadFailed: 'The editor could not be loaded. Check your connection and press Edit again.',
  running: 'Running…',
  ran: 'Done: the visualizer below shows your program.',
  ranWithException: 'Done, with an uncaught exception: the visualizer below shows the run up to it.',
  restoredDraft: 'Your last edit is back. Reset program brings back the original.',
  sharedLoaded: 'This link carries an edited program: it is in the editor, and it ran.',
  sharedUnreadable: "This link's program could not be read, so the original is shown.",
  sharedMissing: 'This link carries an edited {file}, but this page has no playground for that program, so nothing was run. The link may be for another lesson.',
  linkLabel: 'Share link',
  linkCopied: 'The link is copied. Anyone who opens it sees your program.',
  linkShown: 'Copy the link below. Anyone who opens it sees your program.',
  resetDone: 'The original program is back.',
  timeout: 'The run took too long and was stopped.',
  failed: 'The run failed: {message}',
  problemAt: {
    syntax: 'Syntax error on line {line}, column {column}',
    unsupported: 'Not supported by the simulator, line {line}',
    exception: 'Uncaught exception, raised on line {line}',
    stopped: 'The run was stopped at line {line}',
    internal: 'The simulator failed',
  },
  problemNoLine: {
    syntax: 'Syntax error',
    unsupported: 'Not supported by the simulator',
    exception: 'Uncaught exception',
    stopped: 'The run was stopped',
    internal: 'The simulator failed',
  },
  stderr: 'Error output (stderr)',
  ranWithStderr: 'Done, and the program wrote to stderr: see Error output below the visualizer.',
  ranTooLong:
    'Done. This run has {events} scheduling events, more than the {cap} the visualizer can step through without slowing the page, so only its output is shown below, complete.',
  output: 'Output',
  supportedLink: 'What Python runs here',
  supportedHref: '/python/',
};

export const ko: PlaygroundStrings = {
  title: '플레이그라운드: {file}',
  toolbar: '프로그램 편집기',
  edit: '편집',
  run: '실행',
  reset: '프로그램 되돌리기',
  share: '공유 링크',
  editorLabel: '파이썬 프로그램 {file}',
  runHint: '프로그램을 고친 다음 실행(또는 Ctrl+Enter)을 누르면 아래 시각화 도구에서 볼 수 있습니다. Tab 키를 누르면 편집기에서 빠져나갑니다.',
  loading: '편집기를 불러오는 중…',
  loadFailed: '편집기를 불러오지 못했습니다. 연결을 확인하고 편집을 다시 눌러 주세요.',
  running: '실행하는 중…',
  ran: '완료: 아래 시각화 도구가 고친 프로그램을 보여 줍니다.',
  ranWithException: '완료. 처리되지 않은 예외가 있습니다. 아래 시각화 도구가 예외가 날 때까지의 실행을 보여 줍니다.',
  restoredDraft: '마지막으로 고친 내용을 불러왔습니다. 프로그램 되돌리기를 누르면 원래 프로그램으로 돌아갑니다.',
  sharedLoaded: '이 링크에는 고친 프로그램이 담겨 있습니다. 편집기에 넣고 실행했습니다.',
  sharedUnreadable: '이 링크의 프로그램을 읽을 수 없어서 원래 프로그램을 보여 줍니다.',
  sharedMissing: '이 링크에는 고친 프로그램({file})이 담겨 있지만, 이 페이지에는 그 프로그램의 플레이그라운드가 없어서 실행하지 않았습니다. 다른 레슨의 링크일 수 있습니다.',
  linkLabel: '공유 링크',
  linkCopied: '링크를 복사했습니다. 링크를 여는 사람은 누구나 이 프로그램을 볼 수 있습니다.',
  linkShown: '아래 링크를 복사하세요. 링크를 여는 사람은 누구나 이 프로그램을 볼 수 있습니다.',
  resetDone: '원래 프로그램으로 돌아왔습니다.',
  timeout: '실행이 너무 오래 걸려서 멈췄습니다.',
  failed: '실행하지 못했습니다: {message}',
  problemAt: {
    syntax: '{line}번째 줄 {column}번째 칸에 문법 오류가 있습니다',
    unsupported: '{line}번째 줄: 시뮬레이터가 지원하지 않는 구문입니다',
    exception: '처리되지 않은 예외가 {line}번째 줄에서 발생했습니다',
    stopped: '{line}번째 줄에서 실행을 멈췄습니다',
    internal: '시뮬레이터에 오류가 생겼습니다',
  },
  problemNoLine: {
    syntax: '문법 오류',
    unsupported: '시뮬레이터가 지원하지 않는 구문입니다',
    exception: '처리되지 않은 예외',
    stopped: '실행을 멈췄습니다',
    internal: '시뮬레이터에 오류가 생겼습니다',
  },
  stderr: '오류 출력 (stderr)',
  ranWithStderr: '완료. 프로그램이 stderr에 쓴 내용이 있습니다. 시각화 도구 아래 오류 출력을 확인하세요.',
  ranTooLong:
    '완료. 이 실행에는 스케줄링 이벤트가 {events}개 있어서, 페이지를 느리게 하지 않고 한 단계씩 볼 수 있는 {cap}개를 넘습니다. 그래서 아래에는 출력만 빠짐없이 보여 줍니다.',
  output: '출력',
  supportedLink: '시뮬레이터가 실행하는 파이썬',
  supportedHref: '/ko/python/',
};

export function playgroundStrings(locale: string): PlaygroundStrings {
  return locale === 'ko' ? ko : en;
}
