/**
 * Korean particles after names that are not Hangul. A Korean particle has two forms, chosen by
 * whether the word before it, as read aloud, ends in a consonant (받침): Task-1이 (일),
 * Task-2가 (이), Task-3이 (삼). Names in the narration are program
 * text (`Task-2`, `sleep(1)`, `main()`), so the reading is guessed from their last sound: digits
 * as Sino-Korean numerals (일 이 삼 사 오 육 칠 팔 구 십, 영), Hangul by its own 받침, and Latin
 * letters as loanwords are usually read (`main` 메인 → 이, `step` 스텝 → 가, `task` 태스크 → 가).
 */

/** Each particle, with its form after a consonant and after a vowel. */
const PAIRS: readonly [afterConsonant: string, afterVowel: string][] = [
  ['이', '가'],
  ['을', '를'],
  ['은', '는'],
  ['과', '와'],
  ['이라', '라'],
];

/** Digits read as Sino-Korean numerals: whether each reading (영 일 이 … 구) ends in a consonant. */
const DIGIT_BATCHIM = [true, true, false, true, false, false, true, true, true, false];

/** Characters that are not read: closing brackets, quotes, punctuation after the name. */
const SILENT = /[\s)\]}>'"“”‘’.,:;!?*_-]+$/u;

/**
 * Whether `word`, as a Korean reader says it, ends in a consonant (받침); null when there is
 * nothing to read (an empty name, punctuation only), where both forms are written as `이(가)`.
 */
export function endsInConsonant(word: string): boolean | null {
  // `main()` is read "main" and `sleep(1)` "sleep 일": an empty call's brackets are not read, and
  // a call's last argument is the last thing read.
  let w = word;
  for (let prev = ''; prev !== w; ) {
    prev = w;
    w = w.replace(/\(\)$/, '').replace(SILENT, '');
  }
  if (w === '') return null;
  const last = w[w.length - 1];
  const code = last.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  // A number ending in 0 ends in 십, 백, 천, 만 or 영: a consonant every time.
  if (last >= '0' && last <= '9') return DIGIT_BATCHIM[Number(last)];
  const lower = w.toLowerCase();
  if (!/[a-z]$/.test(lower)) return null;
  // Loanword readings: a final l, m, n (and ng) keeps its consonant (메인, 콜, 스트림, 롱);
  // other final consonants take a vowel (태스크, 스텝, 루프) and final vowels and r are vowels.
  return /(l|m|n|ng)$/.test(lower);
}

/**
 * The particle `particle` (either form: `이` or `가`, `을` or `를`, …) in the form that follows
 * `word`; `이(가)` when the reading cannot be told; the particle unchanged when it has one form.
 */
export function particleAfter(word: string, particle: string): string {
  const pair = PAIRS.find(([c, v]) => c === particle || v === particle);
  if (!pair) return particle;
  const consonant = endsInConsonant(word);
  if (consonant === null) return `${pair[0]}(${pair[1]})`;
  return consonant ? pair[0] : pair[1];
}
