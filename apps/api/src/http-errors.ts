import type { Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';

/** Turns a failed parameter validation into a 400 that names each parameter and why. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, Env, any, any> = (result, c) => {
  if (result.success) return;
  const issues = result.error.issues.map((issue) => ({
    parameter: issue.path.map(String).join('.') || 'request',
    message: issue.message,
  }));
  return c.json(
    {
      error: 'bad_request',
      message: issues.map((i) => `${i.parameter}: ${i.message}`).join('; '),
      issues,
    },
    400,
  );
};

export function notFound(message: string) {
  return { error: 'not_found', message };
}
