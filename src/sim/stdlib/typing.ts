/**
 * The `typing` module (Lib/typing.py), for programs that annotate: the simulator drops
 * annotations, as they change nothing at run time, so the names here need only import, subscript
 * (`Vector = List[float]`) and print as CPython prints them. What needs classes (Protocol,
 * Generic, NamedTuple, TypedDict) or introspection (get_type_hints) is refused by name.
 */
import { TypeError, pyErr } from '../python/exceptions';
import { PyBuiltin, PyList, PyModule, PyObject, PyTuple, type PyValue } from '../python/objects';
import { pyEq, typeName } from '../python/ops';
import { PyType, objectType, typeNamed } from '../python/pytype';
import { repr } from '../python/repr';

/** typing.__all__ in 3.11. */
export const TYPING_NAMES: ReadonlySet<string> = new Set([
  'AbstractSet', 'Annotated', 'Any', 'AnyStr', 'AsyncContextManager', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator',
  'Awaitable', 'BinaryIO', 'ByteString', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Concatenate', 'Container',
  'ContextManager', 'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'Final', 'ForwardRef', 'FrozenSet', 'Generator',
  'Generic', 'Hashable', 'IO', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal', 'LiteralString', 'Mapping',
  'MappingView', 'Match', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NamedTuple', 'Never', 'NewType', 'NoReturn',
  'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs', 'Pattern', 'Protocol',
  'Required', 'Reversible', 'Self', 'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
  'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'TYPE_CHECKING', 'Text', 'TextIO', 'Tuple', 'Type',
  'TypeAlias', 'TypeGuard', 'TypeVar', 'TypeVarTuple', 'TypedDict', 'Union', 'Unpack', 'ValuesView', 'assert_never',
  'assert_type', 'cast', 'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
  'get_type_hints', 'is_typeddict', 'no_type_check', 'no_type_check_decorator', 'overload', 'reveal_type',
  'runtime_checkable',
]);

/** Generic aliases and special forms that take [...]. */
const SUBSCRIPTABLE = [
  'AbstractSet', 'Annotated', 'AsyncContextManager', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable',
  'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Container', 'ContextManager', 'Coroutine', 'Counter', 'DefaultDict',
  'Deque', 'Dict', 'Final', 'FrozenSet', 'Generator', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal',
  'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NotRequired', 'Optional', 'OrderedDict',
  'Required', 'Reversible', 'Sequence', 'Set', 'Tuple', 'Type', 'TypeGuard', 'Union', 'ValuesView',
];
/** Names that print as typing.X and take no [...]. */
const PLAIN = ['Any', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias', 'Hashable', 'Sized'];

const formType = new PyType('_SpecialForm', [objectType], null, 'typing');

/** typing._type_repr: classes by name, None as None, forms as themselves. */
function typeRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (v instanceof PyType) return v.module === 'builtins' ? v.name : `${v.module}.${v.name}`;
  if (v instanceof PyList) return `[${v.items.map(typeRepr).join(', ')}]`;
  if (typeof v === 'string') return `ForwardRef(${repr(v)})`;
  return repr(v);
}

class TypingForm extends PyObject {
  constructor(
    readonly name: string,
    readonly args: readonly PyValue[] | null,
    readonly subscriptable: boolean,
  ) {
    super();
  }
  get typeName(): string {
    return '_SpecialForm';
  }
  get pyType(): PyType {
    return formType;
  }
  repr(): string {
    if (this.args === null) return `typing.${this.name}`;
    if (this.name === 'Literal') return `typing.Literal[${this.args.map(repr).join(', ')}]`;
    // Generic aliases show a None argument as NoneType; Union and Optional show it as None.
    const shown = this.args.map((a) => (a === null && !['Union', 'Optional'].includes(this.name) ? 'NoneType' : typeRepr(a)));
    return `typing.${this.name}[${shown.join(', ')}]`;
  }
  pyGetItem(k: PyValue): PyValue {
    if (!this.subscriptable || this.args !== null) throw pyErr(TypeError, `${this.repr()} is not a generic class`);
    const args = k instanceof PyTuple ? [...k.items] : [k];
    if (this.name === 'Optional') {
      if (args.length !== 1) throw pyErr(TypeError, `typing.Optional requires a single type.`);
      return args[0] === null ? null : new TypingForm('Optional', args, true);
    }
    if (this.name === 'Union') {
      const unique: PyValue[] = [];
      for (const a of args) if (!unique.some((u) => pyEq(u, a))) unique.push(a);
      if (unique.length === 1) return unique[0];
      const withoutNone = unique.filter((a) => a !== null);
      if (withoutNone.length === 1 && unique.length === 2) return new TypingForm('Optional', withoutNone, true);
      return new TypingForm('Union', unique, true);
    }
    return new TypingForm(this.name, args, true);
  }
}

/** TypeVar('T') prints as ~T. */
class TypeVarObject extends PyObject {
  constructor(readonly name: string) {
    super();
  }
  get typeName(): string {
    return 'TypeVar';
  }
  repr(): string {
    return `~${this.name}`;
  }
}

export function makeTypingModule(): PyModule {
  const attrs = new Map<string, PyValue>();
  for (const n of SUBSCRIPTABLE) attrs.set(n, new TypingForm(n, null, true));
  for (const n of PLAIN) attrs.set(n, new TypingForm(n, null, false));
  attrs.set('Text', typeNamed('str'));
  attrs.set('AnyStr', new TypeVarObject('AnyStr'));
  attrs.set('TYPE_CHECKING', false);
  attrs.set(
    'TypeVar',
    new PyBuiltin('TypeVar', (args) => {
      const name = args[0];
      if (typeof name !== 'string') throw pyErr(TypeError, 'TypeVar name must be a string');
      return new TypeVarObject(name);
    }),
  );
  attrs.set('cast', new PyBuiltin('cast', (args) => args[1] ?? null));
  const identity = (name: string) => new PyBuiltin(name, (args) => args[0] ?? null);
  for (const n of ['overload', 'final', 'no_type_check', 'runtime_checkable']) attrs.set(n, identity(n));
  attrs.set(
    'NewType',
    new PyBuiltin('NewType', (args) => {
      const name = args[0];
      if (typeof name !== 'string') throw pyErr(TypeError, `NewType name must be a string, not ${typeName(name ?? null)}`);
      return new NewTypeObject(name);
    }),
  );
  return new TypingModule('typing', attrs);
}

/** NewType('UserId', int): calling it returns its argument; it prints as __main__.UserId. */
class NewTypeObject extends PyBuiltin {
  constructor(readonly typeName_: string) {
    super(typeName_, (args) => args[0] ?? null);
  }
  repr(): string {
    return `__main__.${this.typeName_}`;
  }
}

class TypingModule extends PyModule {
  unsupportedAttr(name: string): string | null {
    return TYPING_NAMES.has(name) ? `typing.${name}` : null;
  }
}
