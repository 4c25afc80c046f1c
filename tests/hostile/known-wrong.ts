/**
 * Hostile programs the simulator answers wrongly today, each pinned with a one-line reason and
 * the area of the project it belongs to. The suite tolerates these and only these; it fails when
 * a pinned program stops being wrong, so remove its entry once the fix lands (the program then
 * guards the fix). Like tests/fuzz/known-bugs.ts, this table is meant to shrink.
 */

/** Where a fix belongs: the items of the "Hard to break" issue's list, or elsewhere in the runtime. */
export type Area =
  | 'prototype leak'
  | 'code-point strings'
  | 'live iteration'
  | 'numbers'
  | 'tracebacks and exceptions'
  | 'argument checking'
  | 'edges'
  | 'parser';

export const KNOWN_WRONG: Record<string, { reason: string; area: Area }> = {
  // prototype leak
  // code-point strings
  // live iteration
  "iter_list_remove_in_loop.py": { reason: "for over a list iterates a snapshot: removing inside leaves [] (CPython [2, 4])", area: 'live iteration' },
  "iter_list_append_in_loop.py": { reason: "for over a list iterates a snapshot: appended items are not visited", area: 'live iteration' },
  "iter_list_insert_front.py": { reason: "for over a list iterates a snapshot: insert(0) does not shift what comes next", area: 'live iteration' },
  "iter_list_pop_in_loop.py": { reason: "for over a list iterates a snapshot: popping the end does not end the loop early", area: 'live iteration' },
  "iter_list_clear_in_loop.py": { reason: "for over a list iterates a snapshot: clear() does not end the loop", area: 'live iteration' },
  "iter_list_slice_assign_in_loop.py": { reason: "for over a list iterates a snapshot: slice assignment is not seen", area: 'live iteration' },
  "iter_sort_during_loop.py": { reason: "for over a list iterates a snapshot: sorting inside the loop is not seen", area: 'live iteration' },
  "iter_enumerate_mutate.py": { reason: "enumerate over a list iterates a snapshot", area: 'live iteration' },
  "iter_zip_mutation.py": { reason: "zip over a list iterates a snapshot: a deleted item is still visited", area: 'live iteration' },
  "iter_list_iterator_next.py": { reason: "iter(list) snapshots the list: items appended after iter() are missed", area: 'live iteration' },
  "loop_list_growing_forever.py": { reason: "a for loop over a list it appends to ends (snapshot) where CPython runs on", area: 'live iteration' },
  "iter_dict_add_in_loop.py": { reason: "adding to a dict while iterating it raises no RuntimeError", area: 'live iteration' },
  "iter_dict_del_in_loop.py": { reason: "deleting from a dict while iterating it raises no RuntimeError", area: 'live iteration' },
  "iter_dict_items_mutate.py": { reason: "changing a dict while iterating items() raises no RuntimeError", area: 'live iteration' },
  "iter_dict_pop_readd.py": { reason: "a dict whose keys change during iteration raises no 'dictionary keys changed' RuntimeError", area: 'live iteration' },
  "iter_set_add_in_loop.py": { reason: "adding to a set while iterating it raises no RuntimeError", area: 'live iteration' },
  "iter_set_discard_in_loop.py": { reason: "discarding from a set while iterating it raises no RuntimeError", area: 'live iteration' },
  "iter_list_mutated_during_sort_key.py": { reason: "mutating a list from sort's key function raises no ValueError", area: 'live iteration' },
  // numbers
  // tracebacks and exceptions
  // argument checking
  // edges
  // parser
};
