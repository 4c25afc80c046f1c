/**
 * The `typing` module (Lib/typing.py), for programs that annotate: the simulator drops
 * annotations, as they change nothing at run time, so the names here need only import, subscript
 * (`Vector = List[float]`) and print as CPython prints them. What needs classes (Protocol,
 * Generic, NamedTuple, TypedDict) or introspection (get_type_hints) is refused by name.
 */
import { since } from '../python/dialect';
import { TypeError, pyErr } from '../python/exceptions';
import { Ellipsis } from '../python/objectmodel';
import { PyBuiltin, PyList, PyModule, PyObject, PyTuple, type PyValue } from '../python/objects';
import { pyEq, typeName } from '../python/ops';
import { PyType, objectType, typeNamed, typeOf } from '../python/pytype';
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
const NoneType = typeOf(null);

/** typing._type_repr: classes by name, `...` as itself, forms as themselves. */
function typeRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (v === Ellipsis) return '...';
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
    // 3.14 makes typing.Union the class types.UnionType was (gh-105499).
    if (this.args === null) return this.name === 'Union' && since('3.14') ? "<class 'typing.Union'>" : `typing.${this.name}`;
    if (this.name === 'Literal') return `typing.Literal[${this.args.map(repr).join(', ')}]`;
    // _type_check makes a None argument NoneType.
    return `typing.${this.name}[${this.args.map((a) => typeRepr(a === null ? NoneType : a)).join(', ')}]`;
  }
  pyGetItem(k: PyValue): PyValue {
    if (!this.subscriptable || this.args !== null) throw pyErr(TypeError, `${this.repr()} is not a generic class`);
    const args = k instanceof PyTuple ? [...k.items] : [k];
    if (this.name === 'Optional') {
      if (args.length !== 1) throw pyErr(TypeError, `typing.Optional requires a single type.`);
      return union([args[0], null]);
    }
    if (this.name === 'Union') return union(args);
    return new TypingForm(this.name, args, true);
  }
}

/**
 * `Union[...]` (Lib/typing.py `Union.__getitem__`): None becomes NoneType, nested unions are
 * flattened and repeats dropped (`_remove_dups_flatten`), and a union of one type is that type.
 */
function union(params: readonly PyValue[]): PyValue {
  const members: PyValue[] = [];
  for (const p of params) {
    for (const m of p instanceof UnionForm ? p.args : [p === null ? NoneType : p]) {
      if (!members.some((u) => pyEq(u, m))) members.push(m);
    }
  }
  return members.length === 1 ? members[0] : new UnionForm(members);
}

const unionAliasType = new PyType('_UnionGenericAlias', [objectType], null, 'typing');
const unionType = new PyType('Union', [objectType], null, 'typing');

/** What `Union[...]` and `Optional[...]` make: a union of two or more types. */
class UnionForm extends PyObject {
  constructor(readonly args: readonly PyValue[]) {
    super();
  }
  get typeName(): string {
    return this.pyType.name;
  }
  get pyType(): PyType {
    return since('3.14') ? unionType : unionAliasType;
  }
  repr(): string {
    // 3.14 merges typing.Union into types.UnionType (gh-105499), which prints its members joined
    // by ` | `, NoneType as None (Objects/unionobject.c `union_repr`).
    if (since('3.14')) return this.args.map((a) => (a === NoneType ? 'None' : typeRepr(a))).join(' | ');
    // Until then `_UnionGenericAlias.__repr__` calls a union of one type and None Optional.
    if (this.args.length === 2 && this.args.includes(NoneType)) {
      return `typing.Optional[${typeRepr(this.args.find((a) => a !== NoneType) ?? null)}]`;
    }
    return `typing.Union[${this.args.map(typeRepr).join(', ')}]`;
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
