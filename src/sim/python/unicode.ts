/**
 * Unicode character properties as CPython's str methods read them (Objects/unicodectype.c,
 * generated from the Unicode database by Tools/unicode/makeunicodedata.py). JavaScript's regular
 * expressions give the same General_Category, Uppercase, Lowercase and ID properties, but for a
 * newer Unicode than CPython's (3.11 has Unicode 14.0, 3.12 15.0, 3.13 15.1) and without
 * Numeric_Type or XID. The tables below are the differences, read from each CPython's own
 * unicodedata: characters assigned after a version's Unicode (unassigned, Cn, there), digits and
 * numerics outside Nd and N, identifier characters outside XID, and case folds beyond
 * lowercasing.
 */
import { since } from './dialect';

/** Sorted [first, last] code point pairs from 'a b-c …' (hex). */
function ranges(text: string): Uint32Array {
  const parts = text.split(' ');
  const out = new Uint32Array(parts.length * 2);
  parts.forEach((p, i) => {
    const [a, b] = p.split('-');
    out[2 * i] = parseInt(a, 16);
    out[2 * i + 1] = parseInt(b ?? a, 16);
  });
  return out;
}

function inRanges(table: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[2 * mid]) hi = mid - 1;
    else if (cp > table[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const AGE15_0 = ranges(
  'cf3 ece 10efd-10eff 1123f-11241 11b00-11b09 11f00-11f10 11f12-11f3a 11f3e-11f59 1342f ' +
  '13439-13455 1b132 1b155 1d2c0-1d2d3 1df25-1df2a 1e030-1e06d 1e08f 1e4d0-1e4f9 1f6dc 1f774-1f776 ' +
  '1f77b-1f77f 1f7d9 1fa75-1fa77 1fa87-1fa88 1faad-1faaf 1fabb-1fabd 1fabf 1face-1facf 1fada-1fadb ' +
  '1fae8 1faf7-1faf8 2b739 31350-323af',
);
const AGE15_1 = ranges(
  '2ffc-2fff 31ef 2ebf0-2ee5d',
);
const LATER = ranges(
  '88f 897 c5c cdc 1acf-1add 1ae0-1aeb 1b4e-1b4f 1b7f 1c89-1c8a 20c1 2427-2429 2b96 31e4-31e5 ' +
  'a7cb-a7cf a7d2 a7d4 a7da-a7dc a7f1 fbc3-fbd2 fd90-fd91 fdc8-fdce 105c0-105f3 10940-10959 ' +
  '10d40-10d65 10d69-10d85 10d8e-10d8f 10ec2-10ec7 10ed0-10ed8 10efa-10efc 11380-11389 1138b 1138e ' +
  '11390-113b5 113b7-113c0 113c2 113c5 113c7-113ca 113cc-113d5 113d7-113d8 113e1-113e2 116d0-116e3 ' +
  '11b60-11b67 11bc0-11be1 11bf0-11bf9 11db0-11ddb 11de0-11de9 11f5a 13460-143fa 16100-16139 ' +
  '16d40-16d79 16ea0-16eb8 16ebb-16ed3 16ff2-16ff6 187f8-187ff 18cff 18d09-18d1e 18d80-18df2 ' +
  '1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0 1cee0-1cef0 1e5d0-1e5fa 1e5ff 1e6c0-1e6de 1e6e0-1e6f5 ' +
  '1e6fe-1e6ff 1f6d8 1f777-1f77a 1f8b2-1f8bb 1f8c0-1f8c1 1f8d0-1f8d8 1fa54-1fa57 1fa89-1fa8a ' +
  '1fa8e-1fa8f 1fabe 1fac6 1fac8 1facd 1fadc 1fadf 1fae9-1faea 1faef 1fbcb-1fbef 1fbfa 2b73a-2b73f ' +
  '2cea2-2cead 323b0-33479',
);
const DIGIT = ranges(
  'b2-b3 b9 1369-1371 19da 2070 2074-2079 2080-2089 2460-2468 2474-247c 2488-2490 24ea 24f5-24fd ' +
  '24ff 2776-277e 2780-2788 278a-2792 10a40-10a43 10e60-10e68 11052-1105a 1f100-1f10a',
);
const NUMERIC = ranges(
  '3405 3483 382a 3b4d 4e00 4e03 4e07 4e09 4e5d 4e8c 4e94 4e96 4ebf-4ec0 4edf 4ee8 4f0d 4f70 5104 ' +
  '5146 5169 516b 516d 5341 5343-5345 534c 53c1-53c4 56db 58f1 58f9 5e7a 5efe-5eff 5f0c-5f0e 5f10 ' +
  '62fe 634c 67d2 6f06 7396 767e 8086 842c 8cae 8cb3 8d30 9621 9646 964c 9678 96f6 f96b f973 f978 ' +
  'f9b2 f9d1 f9d3 f9fd 20001 20064 200e2 20121 2092a 20983 2098c 2099c 20aea 20afd 20b19 22390 ' +
  '22998 23b1b 2626d 2f890',
);
const NUMERIC15_1 = ranges(
  '4e24 4eac 4fe9 5006 62d0 6d1e 7695 79ed 920e 94a9',
);
const IDSTARTNOT = ranges(
  '37a e33 eb3 309b-309c fc5e-fc63 fdfa-fdfb fe70 fe72 fe74 fe76 fe78 fe7a fe7c fe7e ff9e-ff9f',
);
const IDCONTNOT311 = ranges(
  '37a 200c-200d 309b-309c 30fb fc5e-fc63 fdfa-fdfb fe70 fe72 fe74 fe76 fe78 fe7a fe7c fe7e ff65',
);
const IDCONTNOT313 = ranges(
  '37a 309b-309c fc5e-fc63 fdfa-fdfb fe70 fe72 fe74 fe76 fe78 fe7a fe7c fe7e',
);

/** Characters made Other_Lowercase in Unicode 15.0 (lowercase from 3.12), and ʕ, lowercase in each. */
const LOWER15_0 = ranges('10fc a7f2-a7f4 ab69');
const LOWER_ALWAYS = ranges('295');

/** Whether a code point is unassigned (Cn) in the Unicode of the CPython being modelled. */
export function unassigned(cp: number): boolean {
  if (cp < 0x300) return false;
  if (inRanges(LATER, cp)) return true;
  if (!since('3.13') && inRanges(AGE15_1, cp)) return true;
  if (!since('3.12') && inRanges(AGE15_0, cp)) return true;
  return /\p{Cn}/u.test(String.fromCodePoint(cp));
}

const ch = (cp: number) => String.fromCodePoint(cp);

export function isDecimal(cp: number): boolean {
  return !unassigned(cp) && /\p{Nd}/u.test(ch(cp));
}
export function isDigit(cp: number): boolean {
  return isDecimal(cp) || inRanges(DIGIT, cp);
}
export function isNumeric(cp: number): boolean {
  if (unassigned(cp)) return false;
  return /\p{N}/u.test(ch(cp)) || inRanges(NUMERIC, cp) || (since('3.13') && inRanges(NUMERIC15_1, cp));
}
export function isAlpha(cp: number): boolean {
  return !unassigned(cp) && /\p{L}/u.test(ch(cp));
}
/** Py_UNICODE_ISSPACE: bidirectional type WS, B or S, or category Zs. */
export function isSpace(cp: number): boolean {
  return /[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(ch(cp));
}
/** Py_UNICODE_ISPRINTABLE: anything but Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space. */
export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  return !unassigned(cp) && !/[\p{C}\p{Z}]/u.test(ch(cp));
}
export function isUpper(cp: number): boolean {
  return !unassigned(cp) && /\p{Uppercase}/u.test(ch(cp));
}
export function isLower(cp: number): boolean {
  if (inRanges(LOWER_ALWAYS, cp)) return true;
  if (!since('3.12') && inRanges(LOWER15_0, cp)) return false;
  return !unassigned(cp) && /\p{Lowercase}/u.test(ch(cp));
}
export function isTitle(cp: number): boolean {
  return /\p{Lt}/u.test(ch(cp));
}
/** _PyUnicode_IsXidStart, with `_` as the identifier rules add it. */
export function isIdStart(cp: number): boolean {
  return !unassigned(cp) && /[\p{ID_Start}_]/u.test(ch(cp)) && !inRanges(IDSTARTNOT, cp);
}
export function isIdContinue(cp: number): boolean {
  return !unassigned(cp) && /\p{ID_Continue}/u.test(ch(cp)) && !inRanges(since('3.13') ? IDCONTNOT313 : IDCONTNOT311, cp);
}

/** Full case folds that lowercasing (or lowercasing the uppercase) does not give. */
const FOLDS = new Map<number, string>(
  (
    '345:3b9 b5:3bc 17f:73 3c2:3c3 3d0:3b2 3d1:3b8 3d5:3c6 3d6:3c0 3f0:3ba 3f1:3c1 3f5:3b5 1c80:432 1c81:434 ' +
    '1c82:43e 1c83:441 1c84:442 1c85:442 1c86:44a 1c87:463 1c88:a64b 1e9b:1e61 1e9e:73+73 1fbe:3b9'
  )
    .split(' ')
    .map((e) => {
      const [k, v] = e.split(':');
      return [parseInt(k, 16), v.split('+').map((x) => String.fromCodePoint(parseInt(x, 16))).join('')];
    }),
);

/** str.casefold (Unicode's full case folding, CaseFolding.txt C and F). */
export function caseFold(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) as number;
    const f = FOLDS.get(cp);
    if (f !== undefined) out += f;
    // Cherokee folds to its uppercase letters.
    else if ((cp >= 0x13a0 && cp <= 0x13ff) || (cp >= 0xab70 && cp <= 0xabbf)) out += c.toUpperCase();
    else {
      const u = c.toUpperCase();
      out += u.length > c.length ? u.toLowerCase() : c.toLowerCase();
    }
  }
  return out;
}

/** Full titlecase mappings (SpecialCasing.txt and UnicodeData.txt) that differ from uppercasing. */
const TITLES = new Map<number, string>(
  (
    'df:53+73 19b:19b 1c4:1c5 1c5:1c5 1c6:1c5 1c7:1c8 1c8:1c8 1c9:1c8 1ca:1cb 1cb:1cb 1cc:1cb 1f1:1f2 ' +
    '1f2:1f2 1f3:1f2 264:264 587:535+582 10d0:10d0 10d1:10d1 10d2:10d2 10d3:10d3 10d4:10d4 10d5:10d5 ' +
    '10d6:10d6 10d7:10d7 10d8:10d8 10d9:10d9 10da:10da 10db:10db 10dc:10dc 10dd:10dd 10de:10de ' +
    '10df:10df 10e0:10e0 10e1:10e1 10e2:10e2 10e3:10e3 10e4:10e4 10e5:10e5 10e6:10e6 10e7:10e7 ' +
    '10e8:10e8 10e9:10e9 10ea:10ea 10eb:10eb 10ec:10ec 10ed:10ed 10ee:10ee 10ef:10ef 10f0:10f0 ' +
    '10f1:10f1 10f2:10f2 10f3:10f3 10f4:10f4 10f5:10f5 10f6:10f6 10f7:10f7 10f8:10f8 10f9:10f9 ' +
    '10fa:10fa 10fd:10fd 10fe:10fe 10ff:10ff 1f80:1f88 1f81:1f89 1f82:1f8a 1f83:1f8b 1f84:1f8c ' +
    '1f85:1f8d 1f86:1f8e 1f87:1f8f 1f88:1f88 1f89:1f89 1f8a:1f8a 1f8b:1f8b 1f8c:1f8c 1f8d:1f8d ' +
    '1f8e:1f8e 1f8f:1f8f 1f90:1f98 1f91:1f99 1f92:1f9a 1f93:1f9b 1f94:1f9c 1f95:1f9d 1f96:1f9e ' +
    '1f97:1f9f 1f98:1f98 1f99:1f99 1f9a:1f9a 1f9b:1f9b 1f9c:1f9c 1f9d:1f9d 1f9e:1f9e 1f9f:1f9f ' +
    '1fa0:1fa8 1fa1:1fa9 1fa2:1faa 1fa3:1fab 1fa4:1fac 1fa5:1fad 1fa6:1fae 1fa7:1faf 1fa8:1fa8 ' +
    '1fa9:1fa9 1faa:1faa 1fab:1fab 1fac:1fac 1fad:1fad 1fae:1fae 1faf:1faf 1fb2:1fba+345 1fb3:1fbc ' +
    '1fb4:386+345 1fb7:391+342+345 1fbc:1fbc 1fc2:1fca+345 1fc3:1fcc 1fc4:389+345 1fc7:397+342+345 ' +
    '1fcc:1fcc 1ff2:1ffa+345 1ff3:1ffc 1ff4:38f+345 1ff7:3a9+342+345 1ffc:1ffc a7d3:a7d3 a7d5:a7d5 ' +
    'fb00:46+66 fb01:46+69 fb02:46+6c fb03:46+66+69 fb04:46+66+6c fb05:53+74 fb06:53+74 fb13:544+576 ' +
    'fb14:544+565 fb15:544+56b fb16:54e+576 fb17:544+56d'
  )
    .split(' ')
    .map((e) => {
      const [k, v] = e.split(':');
      return [parseInt(k, 16), v.split('+').map((x) => String.fromCodePoint(parseInt(x, 16))).join('')];
    }),
);

/** _PyUnicode_ToTitleFull. */
export function titleCase(c: string): string {
  return TITLES.get(c.codePointAt(0) as number) ?? c.toUpperCase();
}

/** _PyUnicode_IsCased. */
export function isCased(cp: number): boolean {
  return /\p{Cased}/u.test(String.fromCodePoint(cp));
}

/**
 * The lowercase of the character at `i`, as Objects/unicodeobject.c lower_ucs4 gives it: a
 * capital sigma becomes final (ς) after a cased letter and not before one, case-ignorable
 * characters between them not counting (handle_capital_sigma).
 */
export function lowerAt(chars: readonly string[], i: number): string {
  const c = chars[i];
  if (c !== '\u03a3') return c.toLowerCase();
  const ignorable = (x: string) => /\p{Case_Ignorable}/u.test(x);
  let j = i - 1;
  while (j >= 0 && ignorable(chars[j])) j--;
  let final = j >= 0 && isCased(chars[j].codePointAt(0) as number);
  if (final) {
    let k = i + 1;
    while (k < chars.length && ignorable(chars[k])) k++;
    final = k === chars.length || !isCased(chars[k].codePointAt(0) as number);
  }
  return final ? '\u03c2' : '\u03c3';
}
