import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from './api-client';

/** The project (its name titles the shell and names the OpenSearch index pattern). */
const projectSchema = z.looseObject({
  projectId: z.union([z.number(), z.string()]).optional(),
  projectName: z.string().min(1),
});

export type Project = { id: number; name: string };

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
};
