/**
 * One POST of statements to an LRS, and what its answer means for them:
 *
 * - `sent`: 2xx. (Resending a statement the LRS already has, with the same content, is a 2xx
 *   too — xAPI 1.0.3 §2.2 — so a batch retried after a crash is not stored twice.)
 * - `retry`: the LRS or the way to it is down (network, timeout, 5xx, 408, 429), or it refuses
 *   us rather than the statements (401, 403, 404, 405: credentials or endpoint are wrong). Nothing
 *   about the statements is wrong; try again later.
 * - `reject`: any other 4xx — the LRS refuses something in this batch (400 invalid, 409
 *   conflicting id, 413 too large). The forwarder splits the batch to find which statements.
 */
import { XAPI_VERSION, type XapiStatement } from '../../src/protocol/index.js';
import type { ResolvedLrs } from './config.js';

export type SendOutcome = { kind: 'sent' } | { kind: 'retry' | 'reject'; status?: number; message: string };

const NOT_ABOUT_THE_STATEMENTS = new Set([401, 403, 404, 405, 408, 425, 429]);
const MAX_MESSAGE = 1000;

/** The LRS's own words: Learning Locker answers `{ message }` or `{ warnings: [...] }`; others send text. */
async function lrsMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).trim();
  let message = text;
  try {
    const body = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    if (typeof body.message === 'string') message = body.message;
    else if (Array.isArray(body.warnings)) message = body.warnings.map(String).join('; ');
  } catch {
    // not JSON: the text as it came
  }
  return `${response.status} ${response.statusText}${message ? `: ${message}` : ''}`.slice(0, MAX_MESSAGE);
}

export async function sendStatements(lrs: ResolvedLrs, statements: readonly XapiStatement[], fetchImpl: typeof fetch = fetch): Promise<SendOutcome> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION };
  if (lrs.username !== undefined) headers.Authorization = `Basic ${Buffer.from(`${lrs.username}:${lrs.password ?? ''}`).toString('base64')}`;
  let response: Response;
  try {
    response = await fetchImpl(`${lrs.endpoint}/statements`, { method: 'POST', headers, body: JSON.stringify(statements), signal: AbortSignal.timeout(lrs.timeoutMs) });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { kind: 'retry', message: `could not reach the LRS at ${lrs.endpoint}: ${cause}` };
  }
  if (response.ok) {
    await response.body?.cancel().catch(() => {});
    return { kind: 'sent' };
  }
  const message = await lrsMessage(response);
  if (response.status >= 500 || NOT_ABOUT_THE_STATEMENTS.has(response.status)) return { kind: 'retry', status: response.status, message };
  if (response.status >= 400) return { kind: 'reject', status: response.status, message };
  return { kind: 'retry', status: response.status, message: `unexpected answer ${message}` };
}
