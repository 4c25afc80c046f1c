/**
 * What library code needs of a sequence: its length and its i-th item, for the types the
 * simulator has (list, tuple, str, range, and the library's own deque), with CPython's errors
 * for anything else.
 */
import { IndexError, TypeError, pyErr } from '../python/exceptions';
import { PyDict, PyList, PyObject, PyRange, PyTuple, type PyValue, hashKey } from '../python/objects';
import { keyError, typeName } from '../python/ops';
import { len } from '../python/builtins';

/** A library object that is a sequence (collections.Sequence registers deque, for instance). */
export interface SequenceLike {
  pySeqItem(i: number): PyValue;
  pyLen(): number;
}

export function isSequenceLike(v: PyValue): v is PyObject & SequenceLike {
  return v instanceof PyObject && 'pySeqItem' in v;
}

/** isinstance(v, collections.abc.Sequence) for what the simulator has. */
export function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || isSequenceLike(v);
}

export { len as seqLen };

/** `seq[i]` for 0 <= i < len(seq), as the caller has already checked. */
export function seqItem(seq: PyValue, i: number): PyValue {
  if (seq instanceof PyList || seq instanceof PyTuple) {
    if (i >= seq.items.length) throw pyErr(IndexError, `${seq instanceof PyList ? 'list' : 'tuple'} index out of range`);
    return seq.items[i];
  }
  if (typeof seq === 'string') return [...seq][i];
  if (seq instanceof PyRange) return seq.at(i);
  if (seq instanceof PyDict) {
    // A dict is subscriptable by key: random.choice({...}) looks up the key 0, 1, ….
    const entry = seq.map.get(hashKey(BigInt(i)) as string);
    if (!entry) keyError(BigInt(i));
    return entry[1];
  }
  if (isSequenceLike(seq)) return seq.pySeqItem(i);
  throw pyErr(TypeError, `'${typeName(seq)}' object is not subscriptable`);
}
