/** The quiz's words, per locale; the Astro components pick the page's language. */
export interface QuizStrings {
  /** The quiz's label. */
  title: string;
  chooseOne: string;
  chooseAll: string;
  check: string;
  /** Said when Check is pressed with nothing chosen. */
  chooseFirst: string;
  right: string;
  wrong: string;
  /** Prefixes of each option's explanation after a check. */
  chosenRight: string;
  chosenWrong: string;
  missed: string;
  other: string;
  solved: string;
}

const en: QuizStrings = {
  title: 'Quiz',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every answer that is right.',
  check: 'Check',
  chooseFirst: 'Choose an answer first.',
  right: 'Right!',
  wrong: 'Not quite. Read the explanations, then try again.',
  chosenRight: 'Right:',
  chosenWrong: 'Not right:',
  missed: 'Also right:',
  other: 'Not chosen, and not right:',
  solved: 'Quiz solved',
};

const ko: QuizStrings = {
  title: '퀴즈',
  chooseOne: '답을 하나 고르세요.',
  chooseAll: '맞는 답을 모두 고르세요.',
  check: '확인',
  chooseFirst: '먼저 답을 고르세요.',
  right: '정답입니다!',
  wrong: '아쉽습니다. 설명을 읽고 다시 해 보세요.',
  chosenRight: '정답:',
  chosenWrong: '오답:',
  missed: '이것도 정답:',
  other: '고르지 않았고, 정답도 아님:',
  solved: '퀴즈 완료',
};

/** The strings for a locale (English when the page's language has no table). */
export function quizStrings(locale: string): QuizStrings {
  return locale === 'ko' ? ko : en;
}
