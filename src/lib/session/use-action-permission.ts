import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { dataOwnerOnly } from '@/lib/api/api-error';
import { projectQueries } from '@/lib/api/project-queries';
import { sessionQuery } from './session-api';

export type ActionPermission = { allowed: true } | { allowed: false; reason: string };

const permitted: ActionPermission = { allowed: true };

/**
 * Whether this user may start and stop deployments of a project: not in a read-only service-key
 * console, and only as a Data owner (from `GET /project`; when the role cannot be read, the server decides).
 */
export function useActionPermission(projectId: number): ActionPermission {
  const config = useRuntimeConfig();
  const session = useQuery(sessionQuery(config)).data;
  const memberships = useQuery({ ...projectQueries.memberships(), enabled: session?.signedIn === true }).data;
  const role = memberships?.find((m) => m.id === projectId)?.role;
  const sessionReason = session && !session.actionsAllowed ? (session.actionsDisabledReason ?? 'Starting and stopping is turned off in this console.') : null;
  return useMemo(() => {
    if (sessionReason) return { allowed: false, reason: sessionReason };
    if (role && role !== 'Data owner') return { allowed: false, reason: dataOwnerOnly };
    return permitted;
  }, [sessionReason, role]);
}
