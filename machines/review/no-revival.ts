import type { AnyStateMachine } from 'xstate';

/**
 * Restores the review machine's snapshots without XState's walk of the context. XState's
 * `restoreSnapshot` visits every object of a restored context to swap placeholders
 * (`{ xstate$$type: 1, id }`) for the actors it revived; the review machine has none — it
 * spawns and invokes nothing, and its envelope's `children` must be empty — so the walk only
 * cost time (6% of a persist → JSON → restore round trip, issue 9). The state, history and
 * children are restored by XState as before; the context is handed over as `restore` checked it,
 * the same object, untouched.
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
