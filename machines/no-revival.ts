import type { AnyStateMachine } from 'xstate';

/**
 * Restores a machine's snapshots without XState's walk of the context — for the review machine
 * and the cycle machine, whose contexts hold no actor. XState's `restoreSnapshot` visits every
 * object of a restored context to swap placeholders (`{ xstate$$type: 1, id }`) for the actors
 * it revived; neither machine spawns or invokes anything, and their envelopes' `children` must be
 * empty, so the walk only cost time: 6% of a review's persist → JSON → restore round trip (issue
 * 9), and the whole of resuming a cycle of 11,000 subjects on a store, 42 ms at each cycle event
 * (issue 11: the index is the context). The state, history and children are restored by XState as
 * before; the context is handed over as the caller checked it, the same object, untouched.
 */
export function restoreWithoutContextRevival(machine: AnyStateMachine): void {
  const restoreSnapshot = machine.restoreSnapshot.bind(machine);
  machine.restoreSnapshot = (snapshot, scope) => {
    const { context } = snapshot as { context?: unknown };
    const restored = restoreSnapshot(
      { ...snapshot, context: {} } as unknown as typeof snapshot,
      scope,
    );
    (restored as { context: unknown }).context = context;
    return restored;
  };
}
