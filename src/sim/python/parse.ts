import type { SyntaxNode, Tree } from '@lezer/common';
import { ExternalTokenizer, type LRParser } from '@lezer/lr';
import { parser as lezerPython } from '@lezer/python';
import type { Expr, Loc, Module } from './ast';
import { SimError, syntaxError, unsupported } from './errors';
import { Converter } from './parse-convert';
import { ReachedError, reachOf, type Scope, type Shared } from './parse-node';
import { Diagnoser } from './parse-diagnose';
import { LineMap } from './parse-lines';
import { checkScopes } from './parse-scope';
import { rewriteForLezer } from './parse-rewrite';
import { isRealString, strayIndent, tokenize, type Token, type Tokens } from './parse-tokens';

/**
 * Python source → typed AST, or a located `SimError`:
 *
 * 1. errors CPython's tokenizer raises (anywhere in the file: CPython tokenizes to the end
 *    before it settles on a parser error);
 * 2. the first parser error, from Lezer's tree (parse-diagnose.ts) or from the checks Lezer's
 *    grammar does not make (parse-convert.ts), worded as CPython 3.11 words it;
 * 3. symbol-table errors, then compiler errors (parse-scope.ts);
 * 4. last, the first construct outside the simulator's subset: CPython would have run it, so
 *    whatever CPython itself rejects is reported first.
 */
export function parse(source: string): Module {
  try {
    return parseFile(source);
  } catch (e) {
    if (e instanceof SimError) throw e;
    // A JavaScript error here is a bug; the learner still gets a located message, not a crash.
    const detail = e instanceof Error ? e.message : String(e);
    throw unsupported(`this program (internal parser error: ${detail})`, {
      line: 1,
      col: 0,
      endLine: 1,
      endCol: 0,
    });
  }
}

/**
 * Deeper Lezer trees are refused before conversion, which recurses once per level. CPython
 * itself gives up near this depth ("too many nested parentheses" at 200 brackets, a
 * RecursionError for about 3000 nested operators).
 */
const MAX_DEPTH = 1000;

/**
 * Lezer's grammar also reads Python 2's `print x` statement, and so rejects `print = 5` and
 * `print * 2`, which are Python 3. Its `legacyPrint` external tokenizer is the first one
 * (@lezer/python src/python.grammar); swap it for one that never matches. The generated
 * parser's `tokenizers` list is internal, hence the casts; if that ever changes, the check
 * below keeps the stock parser.
 */
const python: LRParser = (() => {
  const internals = lezerPython as unknown as { tokenizers: unknown[] };
  const first = internals.tokenizers?.[0];
  if (!(first instanceof ExternalTokenizer)) return lezerPython;
  const configured = lezerPython.configure({
    tokenizers: [{ from: first, to: new ExternalTokenizer(() => {}) }],
  });
  const probe = configured.parse('print * 2\n');
  let ok = true;
  probe.iterate({ enter: (n) => void (n.type.isError && (ok = false)) });
  return ok ? configured : lezerPython;
})();

function normalize(source: string): string {
  let text = source.replace(/\r\n?/g, '\n');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.endsWith('\n')) text += '\n';
  return text;
}

interface ReadTree {
  tokens: Tokens;
  tree: Tree;
  /** Lezer's first error node, outside string literals (those are read CPython's way). */
  firstError: SyntaxNode | null;
  /** Where the tree first gets deeper than MAX_DEPTH. */
  tooDeep: number | null;
}

function readTree(text: string, lines: LineMap): ReadTree {
  const tokens = tokenize(text, lines);
  let tree: Tree;
  try {
    tree = python.parse(rewriteForLezer(text, tokens.list));
  } catch (e) {
    // Lezer builds its tree recursively, so thousands of nested brackets overflow the stack.
    // CPython's tokenizer stops such a file first ("too many nested parentheses"); any other
    // nesting that deep is refused where it starts.
    if (!(e instanceof RangeError)) throw e;
    if (tokens.error) throw tokens.error.error;
    throw unsupported('code nested this deeply', { line: 1, col: 0, endLine: 1, endCol: 0 });
  }
  let firstError: SyntaxNode | null = null;
  let tooDeep: number | null = null;
  const cursor = tree.cursor();
  let depth = 0;
  for (;;) {
    const name = cursor.name;
    const skip = isRealString(name, cursor.from, tokens.list);
    if (cursor.type.isError && !firstError) firstError = cursor.node;
    if (depth > MAX_DEPTH && tooDeep === null) tooDeep = cursor.from;
    if (!skip && cursor.firstChild()) {
      depth++;
      continue;
    }
    while (!cursor.nextSibling()) {
      if (!cursor.parent()) return { tokens, tree, firstError, tooDeep };
      depth--;
    }
  }
}

interface Found {
  message: string;
  loc: Loc;
}

const before = (a: Loc, b: Loc): boolean => a.line < b.line || (a.line === b.line && a.col < b.col);

function earliest(list: Found[]): Found | null {
  let best: Found | null = null;
  for (const f of list) if (!best || before(f.loc, best.loc)) best = f;
  return best;
}

/** Errors and refusals gathered while converting (f-string fields included). */
class Collector implements Shared {
  readonly refused: Found[] = [];
  readonly symtable: Found[] = [];
  readonly compiler: Found[] = [];

  constructor(readonly lines: LineMap) {}

  refuse(construct: string, loc: Loc): void {
    this.refused.push({ message: construct, loc });
  }
  symtableError(message: string, loc: Loc): void {
    this.symtable.push({ message, loc });
  }
  compilerError(message: string, loc: Loc): void {
    this.compiler.push({ message, loc });
  }

  /**
   * An f-string field, parsed as CPython 3.11 does: `(` + text + `)` on its own; its syntax
   * errors read "f-string: ...". Also used for `with ... as` targets Lezer cannot read.
   */
  fieldExpr(
    text: string,
    from: number,
    _to: number,
    parent: { scopes: Scope[] },
    prefix = 'f-string: ',
  ): Expr {
    const sub = `(${text})\n`;
    const lines = this.lines.shifted(from - 1);
    try {
      return convert(sub, lines, this, (c, top) => c.fieldValue(top), parent);
    } catch (e) {
      if (e instanceof SimError && e.kind === 'syntax' && !tokenizerErrors.has(e)) {
        throw new SimError('syntax', `${prefix}${e.message}`, e.loc);
      }
      throw e;
    }
  }
}

/** Errors the tokenizer raised (see Collector.fieldExpr). */
const tokenizerErrors = new WeakSet<SimError>();

interface ParseFailure {
  error: SimError;
  /** Offset where the parser failed, to compare with a tokenizer error's. */
  at: number;
  /** The parser failed at the end of input. */
  atEof: boolean;
  /** Line of the furthest token CPython's parser would have read. */
  furthestLine: number;
}

/**
 * Tokenize, parse and convert one source (the file, or an f-string field), throwing the first
 * tokenizer or parser error in the order CPython settles on (see TokenizerError).
 */
function convert<T>(
  text: string,
  lines: LineMap,
  shared: Collector,
  read: (c: Converter, top: SyntaxNode) => T,
  parent?: { scopes: Scope[] },
): T {
  const { tokens, tree, firstError, tooDeep } = readTree(text, lines);
  const tokenError = tokens.error;
  const diagnoser = new Diagnoser(text, lines, tokens.list, tree);
  const stray = strayIndent(tokens.list);
  const strayAt = stray >= 0 ? tokens.list[stray].end : Infinity;
  // Lezer may place its error for a stray indent at the start of the indented line.
  const strayLine = stray >= 0 ? tokens.list[stray].start : strayAt;
  const indentFirst = stray >= 0 && (!firstError || strayLine <= firstError.from);
  const indentError = (): SimError => syntaxError('unexpected indent', diagnoser.tokenLoc(stray));

  if (
    tooDeep !== null &&
    (!firstError || firstError.from > tooDeep) &&
    (!tokenError || tokenError.at > tooDeep)
  ) {
    throw unsupported(`code nested more than ${MAX_DEPTH} levels deep`, lines.loc(tooDeep));
  }

  const converter = new Converter(
    text,
    lines,
    tokens.list,
    shared,
    parent ? parent.scopes : undefined,
    indentFirst ? strayAt : Infinity,
  );
  const offsetOf = (loc: Loc): number => lines.lineStart(loc.line) + loc.col;
  const fromNode = (node: SyntaxNode | null): ParseFailure => {
    if (!node) {
      const error = syntaxError('invalid syntax', diagnoser.eofLoc());
      return { error, at: text.length, atEof: true, furthestLine: error.loc.line };
    }
    const { error, atEof, furthestLine } = diagnoser.diagnose(node);
    return { error, at: node.from, atEof, furthestLine };
  };
  let failure: ParseFailure | null = null;
  let result: T | undefined;
  try {
    result = read(converter, tree.topNode);
    if (indentFirst) {
      const error = indentError();
      failure = { error, at: strayLine, atEof: false, furthestLine: error.loc.line };
    } else if (firstError) {
      failure = fromNode(firstError);
    }
  } catch (e) {
    if (e instanceof ReachedError) {
      if (indentFirst) {
        const error = indentError();
        failure = { error, at: strayLine, atEof: false, furthestLine: error.loc.line };
      } else {
        failure = fromNode(firstError ?? e.node);
      }
    } else if (e instanceof SimError && e.kind === 'syntax') {
      const at = reachOf.get(e) ?? offsetOf(e.loc);
      failure = {
        error: e,
        at,
        atEof: at >= text.length - 1,
        furthestLine: lines.lineOf(Math.min(at, text.length - 1)),
      };
    } else {
      throw e;
    }
  }

  // An f-string before the failure may hold an error of its own: CPython checks each string
  // as its parser reaches it, and Lezer's own reading of a broken f-string can fail later.
  if (failure) failure = earlierStringError(failure, text, lines, tokens.list, converter) ?? failure;
  // CPython's tokenizer counts a form feed in indentation as a return to column 0 (and so does
  // parse-tokens.ts); the grammar's parser does not, and fails on the lines after it. Say so at
  // the form feed rather than report a syntax error CPython would not.
  if (failure) {
    const formFeed = formFeedInIndent(text, tokens.list, failure.at);
    if (formFeed >= 0) throw unsupported('a form feed (\\f) in the indentation of a line', lines.loc(formFeed));
  }

  if (tokenError) {
    // CPython's tokenizer raises its own errors, without the "f-string: " a field's parser adds.
    tokenizerErrors.add(tokenError.error);
    // The parser got as far as the tokenizer error: CPython reports that one.
    if (!failure || failure.atEof || failure.at >= tokenError.at) throw tokenError.error;
    // The parser failed first. "unexpected indent" stands; otherwise CPython tokenizes on
    // (`_PyPegen_tokenize_full_source_to_check_for_errors`): inside brackets it reports them
    // unclosed if its parser had read past their line; a raised tokenizer error wins.
    if (indentFirst && failure.at === strayLine) throw failure.error;
    const open = tokenError.unclosed;
    if (open && failure.furthestLine > open.line) throw open.error;
    if (tokenError.kind === 'hard') throw tokenError.error;
    throw failure.error;
  }
  if (failure) throw failure.error;
  return result as T;
}

/**
 * The first form feed before `until` in the whitespace that starts a line of code (not a blank
 * line, which parse-rewrite.ts blanks, and not inside a token such as a string), or -1.
 */
function formFeedInIndent(text: string, tokens: readonly Token[], until: number): number {
  for (let ff = text.indexOf('\f'); ff >= 0 && ff <= until; ff = text.indexOf('\f', ff + 1)) {
    let start = ff;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t' || text[start - 1] === '\f')) start--;
    if (start > 0 && text[start - 1] !== '\n') continue;
    let code = ff;
    while (code < text.length && (text[code] === ' ' || text[code] === '\t' || text[code] === '\f')) code++;
    if (code >= text.length || text[code] === '\n' || text[code] === '\r') continue;
    if (tokens.some((t) => t.start < ff && ff < t.end)) continue;
    return ff;
  }
  return -1;
}

function earlierStringError(
  failure: ParseFailure,
  text: string,
  lines: LineMap,
  tokens: Token[],
  converter: Converter,
): ParseFailure | null {
  for (let i = 0; i < tokens.length && tokens[i].start < failure.at; i++) {
    const t = tokens[i];
    if (t.type !== 'STRING' || (i > 0 && tokens[i - 1].type === 'STRING')) continue;
    let j = i;
    let hasF = false;
    for (; j < tokens.length && tokens[j].type === 'STRING'; j++) {
      if (/^[a-eg-zA-EG-Z]*[fF]/.test(tokens[j].text)) hasF = true;
    }
    if (!hasF) continue;
    const probe = new Converter(text, lines, tokens, new Collector(lines), [...converter.scopes]);
    try {
      probe.checkStringsAt(i);
    } catch (e) {
      if (e instanceof SimError && e.kind === 'syntax') {
        const at = t.start;
        return {
          error: e,
          at,
          atEof: false,
          furthestLine: lines.lineOf(tokens[Math.min(j, tokens.length - 1)].start),
        };
      }
      if (!(e instanceof ReachedError)) throw e;
    }
  }
  return null;
}

function parseFile(source: string): Module {
  const text = normalize(source);
  const lines = new LineMap(text);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw syntaxError('source code cannot contain null bytes', lines.loc(nul));

  const shared = new Collector(lines);
  const module = convert(text, lines, shared, (c, top) => c.module(top));

  const report = checkScopes(module);
  const symtable = earliest([...shared.symtable, ...(report.symtable ? [report.symtable] : [])]);
  if (symtable) throw syntaxError(symtable.message, symtable.loc);
  const compiler = earliest([...shared.compiler, ...report.compiler]);
  if (compiler) throw syntaxError(compiler.message, compiler.loc);
  const refused = earliest([...shared.refused, ...report.refused]);
  if (refused) throw unsupported(refused.message, refused.loc);
  return module;
}
