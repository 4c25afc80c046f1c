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
  /** A wrong answer: the chosen options are explained, the others are not. */
  wrong: string;
  /** Only right options chosen, but not all of them. */
  missing: string;
  /** Gives up on a question: shows the right options and every explanation. */
  reveal: string;
  /** Said once the answer is shown. */
  revealed: string;
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
  wrong: 'Not quite. Read why, then try again.',
  missing: 'Not yet: what you chose is right, but a right answer is still missing.',
  reveal: 'Show the answer',
  revealed: 'Here is the answer, with why each option is right or not. Choose it and press Check to solve the question.',
  chosenRight: 'Right:',
  chosenWrong: 'Not right:',
  missed: 'The right answer:',
  other: 'Not right:',
  solved: 'Quiz solved',
};

const ko: QuizStrings = {
  title: '퀴즈',
  chooseOne: '답을 하나 고르세요.',
  chooseAll: '맞는 답을 모두 고르세요.',
  check: '확인',
  chooseFirst: '먼저 답을 고르세요.',
  right: '정답입니다!',
  wrong: '아쉽습니다. 이유를 읽고 다시 해 보세요.',
  missing: '아직 아닙니다. 고른 답은 맞지만, 아직 고르지 않은 정답이 있습니다.',
  reveal: '정답 보기',
  revealed: '정답과 함께 각 답이 왜 맞고 틀린지 보여 드립니다. 정답을 골라 확인을 누르면 이 문제가 완료됩니다.',
  chosenRight: '정답:',
  chosenWrong: '오답:',
  missed: '정답:',
  other: '오답:',
  solved: '퀴즈 완료',
};

/** The strings for a locale (English when the page's language has no table). */
export function quizStrings(locale: string): QuizStrings {
  return locale === 'ko' ? ko : en;
}
