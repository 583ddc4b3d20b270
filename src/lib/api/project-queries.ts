import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from './api-client';

/** The project (its name titles the shell and names the OpenSearch index pattern). */
const projectSchema = z.looseObject({
  projectId: z.optional(z.union([z.number(), z.string()])),
  projectName: z.string().check(z.minLength(1)),
});

/** `GET /project`: the caller's projects, each with the caller's role in it. */
const membershipsSchema = z.array(
  z.looseObject({
    project: z.looseObject({ id: z.pipe(z.coerce.number(), z.int().check(z.positive())), name: z.string().check(z.minLength(1)) }),
    teamRole: z.optional(z.string()),
  }),
);

export type Project = { id: number; name: string };
export type ProjectRole = 'Data owner' | 'Data scientist' | 'Other';
export type Membership = Project & { role: ProjectRole };

function roleOf(teamRole: string | undefined): ProjectRole {
  const normalized = (teamRole ?? '').trim().toLowerCase().replace(/[_\s]+/g, ' ');
  if (normalized === 'data owner') return 'Data owner';
  if (normalized === 'data scientist') return 'Data scientist';
  return 'Other';
}

export const projectQueries = {
  detail: (projectId: number) =>
    queryOptions({
      queryKey: ['projects', projectId, 'detail'] as const,
      queryFn: async ({ signal }): Promise<Project> => {
        const project = await apiClient.request(`/project/${projectId}`, projectSchema, { signal });
        return { id: projectId, name: project.projectName };
      },
      staleTime: 10 * 60_000,
    }),
  memberships: () =>
    queryOptions({
      queryKey: ['projects', 'memberships'] as const,
      queryFn: async ({ signal }): Promise<Membership[]> => {
        const memberships = await apiClient.request('/project', membershipsSchema, { signal });
        return memberships
          .map((m) => ({ id: m.project.id, name: m.project.name, role: roleOf(m.teamRole) }))
          .sort((a, b) => a.name.localeCompare(b.name));
      },
      staleTime: 5 * 60_000,
    }),
};
