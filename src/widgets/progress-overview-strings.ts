/** The words of the course overview (CourseOverview.astro) and of the lesson-complete notice, per locale. */

export interface OverviewStrings {
  title: string;
  /** Before the first lesson's link, when nothing is solved yet. */
  startWith: string;
  /** Before the link to the first lesson not complete. */
  continueWith: string;
  allDone: string;
  /** `{total}` exercises, before the browser's storage is read. */
  exercises: string;
  /** `{solved}` of `{total}`. */
  solvedOf: string;
  complete: string;
  transferIntro: string;
  export: string;
  import: string;
  /** `{lessons}` lessons were merged in. */
  imported: string;
  /** A file refused; `{why}` is one of `why`. Ends by saying nothing changed. */
  refused: string;
  why: Record<'not-json' | 'foreign' | 'newer' | 'corrupt' | 'too-large' | 'unreadable', string>;
  storageOff: string;
  exported: string;
}

export const en: OverviewStrings = {
  title: 'Your progress',
  startWith: 'Start with',
  continueWith: 'Next:',
  allDone: 'You have solved every exercise in the course. Well done!',
  exercises: '{total} exercises',
  solvedOf: '{solved} of {total} solved',
  complete: 'Complete',
  transferIntro: 'Your progress is kept in this browser. To take it to another browser, export it to a file there and import it here.',
  export: 'Export progress',
  import: 'Import progress…',
  imported: 'Imported: progress for {lessons} lessons is merged with what this browser had.',
  refused: 'That file was not imported: {why} Your progress here is unchanged.',
  why: {
    'not-json': 'it is not a progress file (it is not even JSON).',
    foreign: 'it is not a progress file exported from this course.',
    newer: 'it comes from a newer version of this course.',
    corrupt: 'it is damaged or was edited by hand.',
    'too-large': 'it is far larger than any progress file.',
    unreadable: 'the browser could not read it.',
  },
  storageOff: 'This browser does not let the course keep anything, so there is no progress to export or import.',
  exported: 'Exported to asyncio-course-progress.json.',
};

export const ko: OverviewStrings = {
  title: '내 진도',
  startWith: '시작하기:',
  continueWith: '다음 레슨:',
  allDone: '코스의 모든 연습 문제를 풀었습니다. 수고하셨습니다!',
  exercises: '연습 문제 {total}개',
  solvedOf: '{total}개 중 {solved}개 풀었음',
  complete: '완료',
  transferIntro: '진도는 이 브라우저에 저장됩니다. 다른 브라우저로 옮기려면 이 브라우저에서 파일로 내보낸 다음 그 브라우저에서 가져오세요.',
  export: '진도 내보내기',
  import: '진도 가져오기…',
  imported: '가져왔습니다. 레슨 {lessons}개의 진도를 이 브라우저에 있던 진도와 합쳤습니다.',
  refused: '그 파일은 가져오지 않았습니다. {why} 이 브라우저의 진도는 그대로입니다.',
  why: {
    'not-json': '진도 파일이 아닙니다(JSON 파일도 아닙니다).',
    foreign: '이 코스에서 내보낸 진도 파일이 아닙니다.',
    newer: '이 코스의 더 새로운 버전에서 만든 파일입니다.',
    corrupt: '파일이 손상되었거나 직접 고친 흔적이 있습니다.',
    'too-large': '진도 파일이라기엔 너무 큽니다.',
    unreadable: '브라우저가 파일을 읽지 못했습니다.',
  },
  storageOff: '이 브라우저는 코스가 아무것도 저장하지 못하게 막고 있어서 내보내거나 가져올 진도가 없습니다.',
  exported: 'asyncio-course-progress.json 파일로 내보냈습니다.',
};

export function overviewStrings(locale: string): OverviewStrings {
  return locale === 'ko' ? ko : en;
}

/** The lesson-complete notice (progress-page.ts), read from the page's language at run time. */
export const completeNotice = {
  en: { title: 'Lesson complete', body: 'You solved every exercise on this page.', next: 'Next lesson:', home: 'See your progress' },
  ko: { title: '레슨 완료', body: '이 페이지의 연습 문제를 모두 풀었습니다.', next: '다음 레슨:', home: '내 진도 보기' },
} as const;
