/**
 * Programs generated from the simulator's Python subset, weighted toward what a learner can
 * throw at the playground: infinite loops with and without `await`, deep recursion, huge
 * output, enormous sleeps, cancelling from inside callbacks, and a sprinkle of syntax garbage.
 * Statements know whether they sit in an `async def` and in a loop, so most programs get past
 * the parser and reach the runtime.
 */
import fc from 'fast-check';

type Lines = string[];
interface Ctx {
  async: boolean;
  loop: boolean;
}

const indent = (ls: Lines): Lines => ls.map((l) => '    ' + l);
const block = (ls: Lines): Lines => (ls.length ? indent(ls) : ['    pass']);

const NAMES = ['x', 'y', 'n', 'i', 'acc', 'data', 'result', 'name', 'r'];
const name = fc.constantFrom(...NAMES);

const int = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 12 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('10**9', '10**18', '2**63', '-1', '10**30', '1000000', '0') },
);
const delay = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('0', '0', '0.01', '0.1', '0.5', '1', '2') },
  { weight: 1, arbitrary: fc.constantFrom('10**9', '1e9', '-1', '86400', '1e-9', '0.0001', '10**6', '3600 * 24 * 365') },
);
const str = fc.constantFrom('"hi"', "'a'", '""', '"x" * 3', '"line\\n"', "'%s'", '"{}"', '"é"', '"a b c"');
const literal = fc.oneof(int, str, fc.constantFrom('None', 'True', 'False', '1.5', '0.1', '-0.0', '[]', '{}', '()', '(1,)'));

const binop = fc.constantFrom('+', '-', '*', '//', '%', '/', '**', '==', '!=', '<', '>=', 'and', 'or', 'in', 'is', 'not in');

const exprCache = new Map<number, fc.Arbitrary<string>>();
/** A plain expression (no await), nested at most `depth` deep. */
export function expr(depth: number): fc.Arbitrary<string> {
  const hit = exprCache.get(depth);
  if (hit) return hit;
  let arb: fc.Arbitrary<string>;
  if (depth <= 0) arb = fc.oneof(literal, name);
  else {
    const e = expr(depth - 1);
    arb = fc.oneof(
      { weight: 4, arbitrary: literal },
      { weight: 4, arbitrary: name },
      { weight: 3, arbitrary: fc.tuple(e, binop, e).map(([a, o, b]) => `${a} ${o} ${b}`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', 'not ', '~'), e).map(([o, a]) => `${o}${a}`) },
      { weight: 1, arbitrary: e.map((a) => `(${a})`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('len', 'str', 'int', 'repr', 'sum', 'min', 'max', 'sorted', 'range', 'list', 'enumerate', 'zip', 'isinstance', 'bool', 'abs', 'type'), fc.array(e, { maxLength: 2 }))
          .map(([f, as]) => `${f}(${as.join(', ')})`),
      },
      { weight: 1, arbitrary: fc.array(e, { maxLength: 3 }).map((as) => `[${as.join(', ')}]`) },
      { weight: 1, arbitrary: fc.array(e, { maxLength: 3 }).map((as) => `(${as.join(', ')}${as.length === 1 ? ',' : ''})`) },
      { weight: 1, arbitrary: fc.array(fc.tuple(e, e), { maxLength: 2 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`) },
      { weight: 1, arbitrary: fc.tuple(e, name, e).map(([a, n, b]) => `[${a} for ${n} in range(${b})]`) },
      { weight: 1, arbitrary: fc.tuple(e, name, e).map(([a, n, b]) => `sum(${a} for ${n} in ${b})`) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom('list', 'sum', 'next', 'zip'), e).map(([f, a]) => (f === 'next' ? `next(gen(${a}), None)` : f === 'zip' ? `[*zip(gen(${a}), "ab")]` : `${f}(gen(${a}))`)),
      },
      { weight: 1, arbitrary: fc.tuple(name, e).map(([n, b]) => `(lambda ${n}: ${b})`) },
      { weight: 1, arbitrary: fc.tuple(e, e).map(([a, b]) => `(${a})[${b}]`) },
      { weight: 1, arbitrary: fc.tuple(e, e, e).map(([a, b, c]) => `${a} if ${b} else ${c}`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.oneof(name, int, fc.tuple(name, binop, int).map(([a, o, b]) => `${a} ${o} ${b}`)), fc.constantFrom('', '!r', ':>8', ':.2f', ':05d', ':,', ':x', ':>{n}', ':^20', ':<3'))
          .map(([a, s]) => `f"v={${a}${s}}"`),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(e, fc.constantFrom('upper()', 'lower()', 'strip()', 'split()', 'join(["a", "b"])', 'startswith("a")', 'format(1, 2)', 'append(1)', 'pop()', 'extend([1])', 'index(1)', 'get(1)', 'items()', 'keys()', 'values()', '__name__', 'exceptions', 'done()', 'cancel()', 'result()'))
          .map(([a, m]) => `(${a}).${m}`),
      },
      { weight: 1, arbitrary: fc.constantFrom('asyncio.current_task()', 'loop.time()', 'time.time()', 'time.perf_counter()', 'time.monotonic()', "time.strftime('%X')", 'q.qsize()', 'q.empty()', 'ev.is_set()', 'lock.locked()', 'asyncio.get_running_loop()', 't.get_name()', 't.cancelled()', 'fut.done()') },
    );
  }
  exprCache.set(depth, arb);
  return arb;
}

const coroCall = fc.tuple(fc.constantFrom('w0', 'w1', 'w2', 'rec_a'), expr(1)).map(([f, a]) => `${f}(${a})`);

/** Something an `await` can take (valid or, now and then, not). */
const awaitable: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: delay.map((d) => `asyncio.sleep(${d})`) },
  { weight: 1, arbitrary: fc.tuple(delay, expr(1)).map(([d, r]) => `asyncio.sleep(${d}, ${r})`) },
  { weight: 4, arbitrary: coroCall },
  { weight: 2, arbitrary: fc.constantFrom('t', 'fut', 'q.get()', 'q.put(1)', 'q.join()', 'ev.wait()', 'lock.acquire()', 'sem.acquire()') },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(fc.oneof(coroCall, delay.map((d) => `asyncio.sleep(${d})`), fc.constant('t')), { maxLength: 4 }), fc.boolean())
      .map(([as, re]) => `asyncio.gather(${[...as, ...(re ? ['return_exceptions=True'] : [])].join(', ')})`),
  },
  { weight: 2, arbitrary: fc.tuple(coroCall, delay).map(([c, d]) => `asyncio.wait_for(${c}, ${d})`) },
  { weight: 1, arbitrary: fc.tuple(delay, delay).map(([a, b]) => `asyncio.wait_for(asyncio.sleep(${a}), timeout=${b})`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(coroCall, { minLength: 1, maxLength: 3 }), fc.constantFrom('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'))
      .map(([cs, w]) => `asyncio.wait([asyncio.create_task(c) for c in [${cs.join(', ')}]], return_when=asyncio.${w})`),
  },
  { weight: 2, arbitrary: delay.map((d) => `loop.run_in_executor(None, time.sleep, ${d})`) },
  { weight: 1, arbitrary: delay.map((d) => `loop.run_in_executor(pool, time.sleep, ${d})`) },
  { weight: 1, arbitrary: delay.map((d) => `asyncio.to_thread(time.sleep, ${d})`) },
  { weight: 1, arbitrary: fc.constantFrom('loop.run_in_executor(None, blocking, 3)', 'asyncio.to_thread(blocking, 2)') },
  { weight: 1, arbitrary: expr(1) },
);

/** Statements that schedule, cancel or signal; fine in sync and async code alike. */
const asyncioStmt: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, coroCall).map(([n, c]) => `${n} = asyncio.create_task(${c})`),
  coroCall.map((c) => `t = asyncio.create_task(${c}, name="job")`),
  fc.constantFrom(
    't.cancel()',
    'fut.cancel()',
    'asyncio.current_task().cancel()',
    'loop.call_soon(cb0)',
    'loop.call_soon(cb1, 1)',
    'loop.call_soon(t.cancel)',
    'loop.call_soon(asyncio.current_task().cancel)',
    'loop.call_later(0.1, t.cancel)',
    'loop.call_later(0, cb0)',
    'loop.call_later(10**9, cb0)',
    'loop.call_soon(lambda: print("lambda cb"))',
    'loop.call_soon(fut.set_result, 5)',
    'fut.set_result(1)',
    'fut.set_exception(ValueError("f"))',
    'fut.add_done_callback(lambda f: print("done cb", f.cancelled()))',
    't.add_done_callback(cb1)',
    'q.put_nowait(1)',
    'q.get_nowait()',
    'q.task_done()',
    'ev.set()',
    'ev.clear()',
    'lock.release()',
    'sem.release()',
    'loop.stop()',
    'loop.close()',
    'asyncio.run(w0(1))',
    'loop.run_until_complete(w0(1))',
    'time.sleep(0.01)',
    'time.sleep(10**9)',
    'pool.submit(blocking, 1)',
  ),
);

const stmtCache = new Map<string, fc.Arbitrary<Lines>>();
/** A list of statements for a block in context `ctx`, nested at most `depth` deep. */
export function stmts(ctx: Ctx, depth: number): fc.Arbitrary<Lines> {
  const key = `${ctx.async}${ctx.loop}${depth}`;
  const hit = stmtCache.get(key);
  if (hit) return hit;
  const arb = fc.array(stmt(ctx, depth), { minLength: 1, maxLength: 5 }).map((ss) => ss.flat());
  stmtCache.set(key, arb);
  return arb;
}

function stmt(ctx: Ctx, depth: number): fc.Arbitrary<Lines> {
  const e = expr(2);
  const simple: fc.WeightedArbitrary<Lines>[] = [
    { weight: 5, arbitrary: fc.array(e, { maxLength: 3 }).map((as) => [`print(${as.join(', ')})`]) },
    { weight: 1, arbitrary: fc.tuple(e, e).map(([a, b]) => [`print(${a}, ${b}, sep="", end="")`]) },
    { weight: 4, arbitrary: fc.tuple(name, e).map(([n, v]) => [`${n} = ${v}`]) },
    { weight: 1, arbitrary: fc.tuple(name, name, e).map(([a, b, v]) => [`${a}, ${b} = ${v}`]) },
    { weight: 2, arbitrary: fc.tuple(name, fc.constantFrom('+=', '-=', '*=', '//=', '**='), e).map(([n, o, v]) => [`${n} ${o} ${v}`]) },
    { weight: 1, arbitrary: fc.constantFrom(['pass'], ['global counter'], ['counter += 1']) },
    { weight: 1, arbitrary: fc.constantFrom('ValueError("bad")', 'RuntimeError()', 'KeyError(1)', 'TimeoutError', 'asyncio.CancelledError()', 'Exception("e")', 'ExceptionGroup("g", [ValueError(1)])').map((x) => [`raise ${x}`]) },
    { weight: 3, arbitrary: asyncioStmt.map((s) => [s]) },
    { weight: 1, arbitrary: fc.constantFrom(['rec(0)'], ['print(rec(1))'], ['print("x" * 1000)'], ['print(10**100)']) },
    {
      weight: 2,
      arbitrary: fc.tuple(name, e).map(([n, v]) => [`${n} = Box(${v})`, `print(${n}, ${n} == Box(${v}), len({${n}: 1, Box(${v}): 2}), ${n}.double)`]),
    },
    { weight: 1, arbitrary: fc.constantFrom(['raise BoxError(1, "box")'], ['print(sorted([Box(2), Box(1)]), Box(1) + Box(2))'], ['Box.count += 1']) },
  ];
  if (ctx.async) {
    simple.push({ weight: 1, arbitrary: e.map((v) => [`async with Box(${v}) as b:`, '    print(await b.get() + 1)']) });
    simple.push({ weight: 6, arbitrary: awaitable.map((a) => [`await ${a}`]) });
    simple.push({ weight: 2, arbitrary: fc.tuple(name, awaitable).map(([n, a]) => [`${n} = await ${a}`]) });
    simple.push({ weight: 1, arbitrary: fc.tuple(name, e).map(([n, v]) => [`${n} = [j async for j in agen(${v})]`]) });
    simple.push({ weight: 1, arbitrary: fc.tuple(name, e).map(([n, v]) => [`${n} = await anext(agen(${v}), None)`]) });
    simple.push({ weight: 1, arbitrary: fc.tuple(name, e).map(([n, v]) => [`async for ${n} in agen(${v}):`, `    print("got", ${n})`]) });
  }
  if (ctx.loop) simple.push({ weight: 2, arbitrary: fc.constantFrom(['break'], ['continue']) });
  simple.push({ weight: 1, arbitrary: e.map((v) => [`return ${v}`]) });
  if (depth <= 0) return fc.oneof(...simple);

  const inner = stmts(ctx, depth - 1);
  const inLoop = stmts({ ...ctx, loop: true }, depth - 1);
  const compound: fc.WeightedArbitrary<Lines>[] = [
    {
      weight: 3,
      arbitrary: fc
        .tuple(e, inner, fc.option(inner), fc.option(fc.tuple(e, inner)))
        .map(([c, a, b, elif]) => [
          `if ${c}:`,
          ...block(a),
          ...(elif ? [`elif ${elif[0]}:`, ...block(elif[1])] : []),
          ...(b ? ['else:', ...block(b)] : []),
        ]),
    },
    { weight: 3, arbitrary: fc.tuple(name, int, inLoop).map(([n, k, b]) => [`for ${n} in range(${k}):`, ...block(b)]) },
    { weight: 1, arbitrary: fc.tuple(name, e, inLoop).map(([n, k, b]) => [`for ${n} in ${k}:`, ...block(b)]) },
    { weight: 2, arbitrary: inLoop.map((b) => ['while True:', ...block(b)]) },
    { weight: 1, arbitrary: fc.tuple(e, inLoop).map(([c, b]) => [`while ${c}:`, ...block(b)]) },
    { weight: 1, arbitrary: fc.constantFrom(['while True:', '    pass'], ['while True:', '    x = 1'], ['for i in range(10**6):', '    print(i)'], ['while True:', '    print("spam" * 100)']) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          inner,
          fc.array(fc.tuple(fc.constantFrom('Exception', 'ValueError', 'asyncio.CancelledError', 'TimeoutError', 'asyncio.TimeoutError', '(KeyError, ValueError)', 'ExceptionGroup', 'RuntimeError as err', 'Exception as e'), inner), { maxLength: 2 }),
          fc.option(inner),
          fc.option(inner),
        )
        .map(([body, handlers, els, fin]) => {
          const hs = handlers.length || fin ? handlers : [['Exception', ['pass']] as [string, Lines]];
          return [
            'try:',
            ...block(body),
            ...hs.flatMap(([x, h]) => [`except ${x}:`, ...block(h)]),
            ...(els && hs.length ? ['else:', ...block(els)] : []),
            ...(fin ? ['finally:', ...block(fin)] : []),
          ];
        }),
    },
  ];
  if (ctx.async) {
    compound.push({
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('asyncio.timeout(0.1)', 'asyncio.timeout(10**9)', 'asyncio.timeout(-1)', 'asyncio.timeout(None)', 'lock', 'sem', 'asyncio.TaskGroup() as tg'), inner)
        .map(([m, b]) => [`async with ${m}:`, ...block(b)]),
    });
    compound.push({
      weight: 2,
      arbitrary: fc
        .array(coroCall, { minLength: 1, maxLength: 3 })
        .map((cs) => ['async with asyncio.TaskGroup() as tg:', ...cs.map((c) => `    tg.create_task(${c})`)]),
    });
    compound.push({ weight: 1, arbitrary: fc.constantFrom(['while True:', '    await asyncio.sleep(0)'], ['while True:', '    await asyncio.sleep(10**9)'], ['while not ev.is_set():', '    await asyncio.sleep(0.1)']) });
    compound.push({ weight: 1, arbitrary: fc.constantFrom(['async for x in q:', '    pass'], ['for t2 in asyncio.as_completed([w0(1), w1(2)]):', '    print(await t2)']) });
  }
  compound.push({ weight: 1, arbitrary: fc.tuple(name, inner).map(([n, b]) => ['with pool:', ...block([`${n} = pool.submit(blocking, 1)`, ...b])]) });
  return fc.oneof(...simple, ...compound);
}

const asyncBody = stmts({ async: true, loop: false }, 2);
const syncBody = stmts({ async: false, loop: false }, 1);

const recursion = fc.constantFrom(
  ['def rec(n):', '    return rec(n + 1)'],
  ['def rec(n):', '    if n > 500:', '        return n', '    return rec(n + 1)'],
  ['def rec(n):', '    return n if n > 5000 else rec(n + 1) + 1'],
  ['def rec(n):', '    try:', '        return rec(n + 1)', '    finally:', '        print(n) if n % 997 == 0 else None'],
  ['def rec(n):', '    return [rec(n + 1)]'],
);
const asyncRecursion = fc.constantFrom(
  ['async def rec_a(n):', '    return await rec_a(n + 1)'],
  ['async def rec_a(n):', '    await asyncio.sleep(0)', '    return await asyncio.create_task(rec_a(n + 1))'],
  ['async def rec_a(n):', '    if n > 100:', '        return n', '    return await rec_a(n + 1)'],
);

const prelude = [
  'import asyncio',
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  'counter = 0',
  'pool = ThreadPoolExecutor(max_workers=2)',
  'x = y = n = i = acc = r = 0',
  'data = [1, 2, 3]',
  'result = name = None',
  '',
  'def blocking(k):',
  '    time.sleep(0.1 * k)',
  '    print("blocking", k)',
  '    return k',
  '',
  'class BoxError(ValueError):',
  '    def __init__(self, code, msg):',
  '        super().__init__(msg)',
  '        self.code = code',
  '',
  'class Box:',
  '    count = 0',
  '    def __init__(self, v):',
  '        self.v = v',
  '    def __repr__(self):',
  '        return f"Box({self.v!r})"',
  '    def __eq__(self, other):',
  '        return isinstance(other, Box) and self.v == other.v',
  '    def __hash__(self):',
  '        return hash(self.v)',
  '    def __lt__(self, other):',
  '        return self.v < other.v',
  '    def __add__(self, other):',
  '        return Box(self.v + other.v)',
  '    @property',
  '    def double(self):',
  '        return self.v * 2',
  '    async def get(self):',
  '        await asyncio.sleep(0)',
  '        return self.v',
  '    async def __aenter__(self):',
  '        await asyncio.sleep(0)',
  '        return self',
  '    async def __aexit__(self, *exc):',
  '        print("exit", exc[0])',
  '',
  'def gen(k):',
  '    for j in range(k):',
  '        got = yield j',
  '        print("gen", j, got)',
  '    return k',
  '',
  'async def agen(k):',
  '    for j in range(k):',
  '        await asyncio.sleep(0)',
  '        yield j',
  '        print("agen", j)',
];
const mainHead = [
  'async def main():',
  '    global t, fut, q, ev, lock, sem, loop',
  '    loop = asyncio.get_running_loop()',
  '    fut = loop.create_future()',
  '    q = asyncio.Queue(maxsize=2)',
  '    ev = asyncio.Event()',
  '    lock = asyncio.Lock()',
  '    sem = asyncio.Semaphore(2)',
  '    t = asyncio.create_task(w0(1))',
];

/** A whole program: helpers, workers, callbacks, `main`, and a way to run it. */
export const program: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(asyncBody, { minLength: 3, maxLength: 3 }),
    fc.array(syncBody, { minLength: 2, maxLength: 2 }),
    asyncBody,
    recursion,
    asyncRecursion,
    fc.constantFrom(
      ['asyncio.run(main())'],
      ['if __name__ == "__main__":', '    asyncio.run(main())'],
      ['loop = asyncio.new_event_loop()', 'asyncio.set_event_loop(loop)', 'loop.run_until_complete(main())', 'loop.close()'],
      ['asyncio.run(main())', 'asyncio.run(main())'],
      ['main()'],
      ['asyncio.run(main)'],
    ),
    syncBody,
  )
  .map(([workers, cbs, main, rec, arec, run, tail]) =>
    [
      ...prelude,
      '',
      ...workers.flatMap((b, k) => [`async def w${k}(n=0, *args):`, '    global counter', ...block(b), '']),
      ...cbs.flatMap((b, k) => [`def cb${k}(*args):`, ...block(b), '']),
      ...rec,
      '',
      ...arec,
      '',
      ...mainHead,
      ...block(main),
      '',
      ...run,
      ...(tail.length < 3 ? tail : []),
      '',
    ].join('\n'),
  );

/** Tokens and characters to spray into programs. */
export const GARBAGE_TOKENS = [
  ':', '(', ')', '[', ']', '{', '}', ',', '.', '=', '==', '**', '*', '\\', '"', "'", '"""', '#', '@',
  'await', 'async', 'def', 'lambda', 'yield', 'return', 'class', 'import', 'from', 'not', 'is', 'in',
  'if', 'else', 'try', 'except', 'finally', 'with', 'for', 'while', 'global', 'nonlocal', 'del', 'pass',
  '\t', '\n', '\r\n', '    ', '\x00', '\u00a0', '\ufeff', 'ñ', '😀', '$', '?', '!', ';', 'f"{', '}"',
  '0x', '1e', '1_000', '0b2', '08', '..', '...', ':=', '->', '->', '|', '&', '^', '~', '<<', '>>', '`',
];

/** A program sprayed with garbage: `count` random tokens at random offsets. */
export const garbled: fc.Arbitrary<string> = fc
  .tuple(program, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...GARBAGE_TOKENS)), { minLength: 1, maxLength: 6 }))
  .map(([src, ins]) => {
    let s = src;
    for (const [at, tok] of ins) {
      const k = at % (s.length + 1);
      s = s.slice(0, k) + tok + s.slice(k);
    }
    return s;
  });

/** Pure noise: random strings over the garbage tokens and printable characters. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...GARBAGE_TOKENS, 'x', '1', ' ', 'print', 'asyncio'), { maxLength: 60 }).map((ts) => ts.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

/** What the fuzzer draws: mostly well-formed programs, some garbled, a little noise. */
export const generated: fc.Arbitrary<string> = fc.oneof(
  { weight: 14, arbitrary: program },
  { weight: 4, arbitrary: garbled },
  { weight: 1, arbitrary: noise },
);
