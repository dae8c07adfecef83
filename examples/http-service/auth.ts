// Who sends a request: the bearer token gives the person, the cycle's definition gives the roles
// that person holds in the review the request is for. Nothing the client writes in the body is
// read for it. A real host replaces the token table with its own authentication.
import type { IncomingHttpHeaders } from 'node:http';
import {
  type CycleDefinitionInput,
  PARTICIPANT_ROLES,
  type Sender,
  type SenderRole,
} from 'kiemdiem';

/** Who a bearer token stands for: a person id, as the host's authentication would return it. */
export type TokenTable = Readonly<Record<string, { readonly personId: string }>>;

/**
 * What the service hands `authenticate`: the request's headers and what the route is for — a
 * review (its subject id) or the cycle itself (null). The route is the server's, not the body's.
 */
export interface HostRequest {
  readonly headers: IncomingHttpHeaders;
  readonly subjectId: string | null;
}

/** The roles a person may hold in a review (the scheduler is the service's own, not a person's). */
const REVIEW_ROLES = PARTICIPANT_ROLES.filter((r) => r !== 'scheduler');

/** The person of the request's bearer token, or undefined (no header, unknown token). */
export function personOf(tokens: TokenTable, headers: IncomingHttpHeaders): string | undefined {
  const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
  if (token === undefined || !Object.hasOwn(tokens, token)) return undefined;
  return tokens[token]?.personId;
}

/**
 * The roles a person holds in one review, read from the definition's participants (and the
 * organizer's persons). A sender never chooses its roles: what the token's person was given is
 * what it sends, so a role it does not hold cannot even be claimed.
 */
export function rolesIn(
  definition: CycleDefinitionInput,
  subjectId: string,
  personId: string,
): SenderRole[] {
  const subject = definition.subjects.find((s) => s.id === subjectId);
  const participants = (subject?.participants ?? {}) as Partial<
    Record<SenderRole, readonly string[]>
  >;
  const roles: SenderRole[] = REVIEW_ROLES.filter((r) => participants[r]?.includes(personId));
  if (definition.organizerPersons.includes(personId) && !roles.includes('organizer'))
    roles.push('organizer');
  return roles;
}

/**
 * The roles a person holds for the cycle's own events: `organizer` for the organizer's persons,
 * `unitHead` for those who may send a unit's dossier (the unit's `senders`, else the unit heads
 * of its subjects; the cycle checks which unit).
 */
export function cycleRolesOf(definition: CycleDefinitionInput, personId: string): SenderRole[] {
  const roles: SenderRole[] = [];
  if (definition.organizerPersons.includes(personId)) roles.push('organizer');
  const sendsDossier =
    definition.units.some((u) => u.senders?.includes(personId)) ||
    definition.subjects.some((s) => s.participants?.unitHead?.includes(personId));
  if (sendsDossier) roles.push('unitHead');
  return roles;
}

/**
 * The service's `authenticate`: the token's person with the roles of the route's review or of the
 * cycle. An unknown token throws, which the service answers as `UNAUTHENTICATED`.
 */
export function authenticator(
  tokens: TokenTable,
  definition: CycleDefinitionInput,
): (request: HostRequest) => Sender {
  return (request) => {
    const personId = personOf(tokens, request.headers);
    if (personId === undefined) throw new Error('unknown token');
    const roles =
      request.subjectId === null
        ? cycleRolesOf(definition, personId)
        : rolesIn(definition, request.subjectId, personId);
    return { id: personId, roles };
  };
}
