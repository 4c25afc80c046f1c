/**
 * What the "What Python runs here" page says, worked out from the simulator itself when the site
 * is built, so the page cannot drift from it:
 *
 * - each language construct has a small program that CPython 3.11 runs cleanly; the page lists
 *   it as running when the simulator runs it too, and as refused, with the simulator's own words,
 *   when the simulator refuses it;
 * - the modules and builtins are read from the runtime's own tables (`makeModules`,
 *   `makeBuiltins`), and the names of CPython's modules it refuses from `real-names.ts`.
 *
 * A unit test (tests/unit/components/python-support.test.ts) runs every program here under
 * python3, and fails when the parser refuses something that no program here shows.
 */
import { simulate } from '../sim';
import { makeBuiltins } from '../sim/python/builtins';
import { makeModules } from '../sim/runtime/modules';
import { ASYNCIO_NAMES, CONCURRENT_FUTURES_NAMES, TIME_NAMES } from '../sim/runtime/real-names';
import { Simulation } from '../sim/runtime/simulation';
import { DEFAULT_PYTHON, PYTHON_VERSIONS, type PythonVersion } from '../sim/versions';

export interface Construct {
  /** What the construct is called, in English and Korean. */
  en: string;
  ko: string;
  /** A program that CPython 3.11 runs to the end without error and that uses the construct. */
  example: string;
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

export const CONSTRUCTS: readonly Construct[] = [
  { en: '`async def`, `await` and `asyncio.run`', ko: '`async def`, `await`, `asyncio.run`', example: lines('import asyncio', 'async def f():', '    await asyncio.sleep(0.1)', '    return 1', 'print(asyncio.run(f()))') },
  { en: 'Functions: defaults, `*args`, `**kwargs`, keyword-only parameters, `lambda`', ko: '함수: 기본값, `*args`, `**kwargs`, 키워드 전용 매개변수, `lambda`', example: lines('def f(a, b=2, *args, c=3, **kw):', '    return a + b + c + len(args) + len(kw)', 'g = lambda x: x * 2', 'print(f(1, c=4, d=5), g(3))') },
  { en: 'Closures, `global` and `nonlocal`', ko: '클로저, `global`, `nonlocal`', example: lines('n = 0', 'def outer():', '    k = 0', '    def inner():', '        nonlocal k', '        global n', '        k += 1', '        n += 1', '    inner()', '    return k', 'print(outer(), n)') },
  { en: '`if`, `while`, `for`, `break`, `continue`, `else` on loops', ko: '`if`, `while`, `for`, `break`, `continue`, 반복문의 `else`', example: lines('for i in range(5):', '    if i == 1:', '        continue', '    if i == 3:', '        break', 'else:', '    pass', 'while i > 0:', '    i -= 1', 'print(i)') },
  { en: '`try`, `except`, `else`, `finally`, `raise … from`', ko: '`try`, `except`, `else`, `finally`, `raise … from`', example: lines('try:', '    try:', '        raise KeyError("k")', '    except KeyError as e:', '        raise ValueError("v") from e', 'except ValueError as e:', '    print(repr(e), repr(e.__cause__))', 'else:', '    pass', 'finally:', '    print("done")') },
  { en: '`async with` on asyncio\'s locks and semaphores; `with` on an executor', ko: 'asyncio 락과 세마포어에 쓰는 `async with`, 실행기에 쓰는 `with`', example: lines('import asyncio', 'async def main():', '    lock = asyncio.Lock()', '    async with lock:', '        print("held")', 'asyncio.run(main())') },
  { en: 'Lists, tuples, dicts and sets, with comprehensions and unpacking', ko: '리스트, 튜플, 딕셔너리, 집합과 컴프리헨션, 언패킹', example: lines('a, *rest = [1, 2, 3]', 'd = {k: v for k, v in zip("ab", rest)}', 's = {x % 2 for x in range(4)}', 'print(a, rest, d, sorted(s), [x * x for x in rest if x > 2])') },
  { en: 'Slices, `del`, `assert`, chained comparisons', ko: '슬라이스, `del`, `assert`, 연쇄 비교', example: lines('xs = list(range(10))', 'del xs[0]', 'assert 0 < len(xs) < 10', 'print(xs[::3], xs[-2:])') },
  { en: 'f-strings with format specs, `%` formatting, `str.format`', ko: '서식 지정자를 쓴 f-문자열, `%` 서식, `str.format`', example: lines('x = 3.14159', 'print(f"{x:.2f} {x!r:>10}", "%5.1f" % x, "{:>4}".format(7))') },
  { en: 'Class definitions', ko: '클래스 정의', example: lines('class Point:', '    def __init__(self, x):', '        self.x = x', 'print(Point(1).x)') },
  { en: 'Class keyword arguments (`metaclass=`, …)', ko: '클래스 키워드 인자(`metaclass=` 등)', example: lines('class Meta(type):', '    pass', 'class A(metaclass=Meta):', '    pass', 'print(type(A).__name__)') },
  { en: 'Decorators', ko: '데코레이터', example: lines('def twice(f):', '    return lambda: f() * 2', '@twice', 'def one():', '    return 1', 'print(one())') },
  { en: 'Generators (`yield`)', ko: '제너레이터(`yield`)', example: lines('def count(n):', '    for i in range(n):', '        yield i', 'print(list(count(3)))') },
  { en: 'Asynchronous generators and `async for`', ko: '비동기 제너레이터와 `async for`', example: lines('import asyncio', 'async def ticks(n):', '    for i in range(n):', '        await asyncio.sleep(0)', '        yield i', 'async def main():', '    async for t in ticks(2):', '        print(t)', 'asyncio.run(main())') },
  { en: '`yield from`, `send`, `throw` and `close` on generators', ko: '`yield from`, 제너레이터의 `send`, `throw`, `close`', example: lines('def inner():', '    got = yield 1', '    return got', 'def outer():', '    r = yield from inner()', '    print("inner returned", r)', 'g = outer()', 'next(g)', 'try:', '    g.send("hi")', 'except StopIteration:', '    pass') },
  { en: 'Generator expressions, consumed lazily', ko: '지연 평가되는 제너레이터 표현식', example: lines('g = (x * x for x in range(3))', 'print(next(g), sum(g))') },
  { en: '`async for`', ko: '`async for`', example: lines('async def drain(source):', '    async for item in source:', '        print(item)', 'print("defined")') },
  { en: '`aiter()` and `anext()`, with a default', ko: '기본값을 주는 것까지 포함한 `aiter()`와 `anext()`', example: lines('import asyncio', 'async def one():', '    yield 1', 'async def main():', '    it = aiter(one())', '    print(await anext(it), await anext(it, "done"))', 'asyncio.run(main())') },
  { en: '`yield` inside a `lambda`', ko: '`lambda` 안의 `yield`', example: lines('f = lambda: (yield 1)', 'print(next(f()))') },
  { en: 'A generator left suspended inside `try`/`with` (its clean-up runs when CPython frees it)', ko: '`try`/`with` 안에서 멈춘 채 남은 제너레이터(정리 코드는 CPython이 메모리를 해제할 때 실행됨)', example: lines('def gen():', '    try:', '        yield 1', '    finally:', '        print("cleanup")', 'g = gen()', 'print(next(g))') },
  { en: 'Leaving `async for` early over an async generator with clean-up to run', ko: '정리할 코드가 남은 비동기 제너레이터에서 `async for`를 중간에 빠져나가기', example: lines('import asyncio', 'async def gen():', '    try:', '        yield 1', '        yield 2', '    finally:', '        print("cleanup")', 'async def main():', '    async for x in gen():', '        break', 'asyncio.run(main())') },
  { en: 'Leaving `async for` early over an async generator with clean-up, with no event loop running', ko: '이벤트 루프 없이, 정리할 코드가 남은 비동기 제너레이터에서 `async for`를 중간에 빠져나가기', example: lines('async def gen():', '    try:', '        yield 1', '        yield 2', '    finally:', '        print("cleanup")', 'async def main():', '    async for x in gen():', '        break', 'try:', '    main().send(None)', 'except StopIteration:', '    print("done")') },
  { en: 'An unfinished async generator with clean-up, held by no module-level name, at `asyncio.run`\'s shutdown', ko: '모듈 수준 이름이 참조하지 않는, 정리할 코드가 남은 미완료 비동기 제너레이터가 `asyncio.run` 종료 시점에 있는 경우', example: lines('import asyncio', 'async def gen():', '    try:', '        yield 1', '    finally:', '        print("cleanup")', 'async def main():', '    g = gen()', '    print(await anext(g))', 'asyncio.run(main())') },
  { en: '`throw()` with more than one argument', ko: '인자를 두 개 이상 준 `throw()`', example: lines('def gen():', '    yield 1', 'g = gen()', 'next(g)', 'try:', '    g.throw(ValueError, ValueError("x"))', 'except ValueError:', '    print("raised")') },
  { en: 'Asynchronous comprehensions (`async for` inside one)', ko: '비동기 컴프리헨션(안에 `async for`를 쓰는 것)', example: lines('async def collect(source):', '    return [x async for x in source]', 'print("defined")') },
  { en: '`await` inside a comprehension', ko: '컴프리헨션 안의 `await`', example: lines('import asyncio', 'async def one():', '    return 1', 'async def main():', '    print([await one() for _ in range(2)])', 'asyncio.run(main())') },
  { en: 'Asynchronous generator expressions', ko: '비동기 제너레이터 표현식', example: lines('import asyncio', 'async def one():', '    return 1', 'async def main():', '    g = (await one() for _ in range(2))', '    print(type(g).__name__)', 'asyncio.run(main())') },
  { en: '`match` statements', ko: '`match` 문', example: lines('match (1, 2):', '    case (a, b):', '        print(a + b)') },
  { en: 'The walrus operator (`:=`)', ko: '바다코끼리 연산자(`:=`)', example: lines('if (n := 3) > 2:', '    print(n)') },
  { en: 'Positional-only parameters (`/`)', ko: '위치 전용 매개변수(`/`)', example: lines('def f(a, /, b):', '    return a + b', 'print(f(1, b=2))') },
  { en: '`except*` and exception groups', ko: '`except*`와 예외 그룹', example: lines('try:', '    raise ExceptionGroup("g", [ValueError(1)])', 'except* ValueError:', '    print("caught")') },
  { en: '`from module import *`', ko: '`from module import *`', example: lines('from asyncio import *', 'print(sleep.__name__)') },
  { en: 'A form feed (`\\f`) before code in a line\'s indentation (a page break on a line of its own runs)', ko: '줄 들여쓰기에서 코드 앞에 오는 폼 피드(`\\f`)(한 줄을 혼자 차지하는 페이지 나눔은 실행됨)', example: lines('if 1:', '\f    print(1)') },
  { en: 'Relative imports', ko: '상대 임포트', example: lines('try:', '    from . import sibling', 'except ImportError:', '    print("no package")') },
  { en: 'Complex numbers', ko: '복소수', example: lines('print((1 + 2j) * 1j)') },
  { en: 'Bytes literals', ko: '바이트 리터럴', example: lines('print(b"ab"[0])') },
  { en: 'Surrogate code points (`\\ud83d`)', ko: '서로게이트 코드 포인트(`\\ud83d`)', example: lines('print(len("\\ud83d\\ude00"))') },
  { en: 'Named Unicode escapes (`\\N{…}`)', ko: '이름으로 쓰는 유니코드 이스케이프(`\\N{…}`)', example: lines('print("\\N{BULLET}")') },
  { en: 'Builtins that need the real machine or a class system (`open`, `input`, `eval`, `super`, `property`, …)', ko: '실제 컴퓨터나 클래스 체계가 있어야 하는 내장 함수(`open`, `input`, `eval`, `super`, `property` 등)', example: lines('print(callable(open))') },
  { en: 'Names of a modelled module that the simulator does not model (`from asyncio import StreamReader`)', ko: '모델링한 모듈에서 시뮬레이터가 모델링하지 않은 이름(`from asyncio import StreamReader`)', example: lines('from asyncio import StreamReader', 'print(StreamReader.__name__)') },
  { en: 'Printing a task or future whose repr names a file of asyncio itself (`print(asyncio.current_task())` inside `asyncio.run`)', ko: 'asyncio 자체 파일 경로가 repr에 들어가는 태스크나 퓨처 출력(`asyncio.run` 안의 `print(asyncio.current_task())`)', example: lines('import asyncio', 'async def main():', '    print(asyncio.current_task())', 'asyncio.run(main())') },
  { en: 'Importing other modules (`sys`, `random`, `functools`, …)', ko: '다른 모듈 임포트(`sys`, `random`, `functools` 등)', example: lines('import sys', 'print(sys.maxsize > 0)') },
];

export type Status =
  | { kind: 'runs' }
  | { kind: 'refused'; message: string }
  /** Neither: the simulator ran it and failed (a test keeps this list empty). */
  | { kind: 'fails'; message: string };

const REFUSED = 'not supported by the simulator: ';

/** Runs `example` on the simulator: does it run, or is it refused, and in which words? */
export function statusOf(example: string): Status {
  const r = simulate(example, { filename: 'example.py', stepBudget: 50_000 });
  if (r.exitCode === 0) return { kind: 'runs' };
  const first = r.stderr.split('\n')[0] ?? '';
  const at = first.indexOf(REFUSED);
  if (r.exitCode === 2 && at >= 0) return { kind: 'refused', message: first.slice(at + REFUSED.length) };
  return { kind: 'fails', message: r.stderr.trimEnd().split('\n').at(-1) ?? '' };
}

export interface ModuleSupport {
  name: string;
  /** Public names the simulator models, sorted. */
  modelled: string[];
  /** Public names of CPython 3.11's module that it refuses, sorted. */
  refused: string[];
  /** Names modelled from a later version on (the 3.14 call graph, …), by the version that adds them. */
  later: { version: PythonVersion; names: string[] }[];
}

function simulation(python: PythonVersion = DEFAULT_PYTHON): Simulation {
  return new Simulation('example.py', 1_000, 2, false, undefined, python);
}

/** The modules a program can import, and what of each the simulator models. */
export function moduleSupport(): ModuleSupport[] {
  const modules = makeModules(simulation());
  const real: Record<string, ReadonlySet<string>> = {
    asyncio: ASYNCIO_NAMES,
    time: TIME_NAMES,
    'concurrent.futures': CONCURRENT_FUTURES_NAMES,
  };
  return Object.entries(real).flatMap(([name, names]) => {
    const mod = modules.get(name);
    if (!mod) return [];
    const modelled = [...mod.attrs.keys()].filter((k) => !k.startsWith('_')).sort();
    const refused = [...names].filter((k) => !k.startsWith('_') && !mod.attrs.has(k)).sort();
    const later: ModuleSupport['later'] = [];
    let before = new Set(mod.attrs.keys());
    for (const version of PYTHON_VERSIONS.filter((v) => v !== DEFAULT_PYTHON)) {
      const attrs = makeModules(simulation(version)).get(name)?.attrs ?? new Map();
      const added = [...attrs.keys()].filter((k) => !k.startsWith('_') && !before.has(k)).sort();
      if (added.length) later.push({ version, names: added });
      before = new Set(attrs.keys());
    }
    return [{ name, modelled, refused, later }];
  });
}

/** The builtins: functions and types apart from the exception classes, sorted. */
export function builtinSupport(): { functions: string[]; exceptions: string[] } {
  const keywords = new Set(['True', 'False', 'None']);
  const names = [...makeBuiltins(simulation()).keys()].filter((k) => !k.startsWith('_') && !keywords.has(k)).sort();
  const isException = (n: string): boolean => /(Error|Exception|Exit|Interrupt|Warning|Iteration|Group)$/.test(n);
  return { functions: names.filter((n) => !isException(n)), exceptions: names.filter(isException) };
}
