import type * as z from 'zod/mini';

/** Turn zod issues into `path: message` pairs a person can read ("title: Too small…"). */
export function formatIssues(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}
