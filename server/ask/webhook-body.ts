/**
 * The JSON an incoming webhook accepts: Slack (`{ text }`, mrkdwn) or Microsoft Teams (a legacy
 * MessageCard: `@type`, `@context`, `summary`, `text` — what Teams' incoming webhooks and the
 * Workflows "post to a channel when a webhook request is received" template take). Built when the
 * notice is queued, so a retry sends the same bytes.
 */
export type WebhookFormat = 'slack' | 'teams';

export interface Notice {
  kind: 'asked' | 'escalated';
  topicName: string;
  askerName: string;
  text: string;
  /** Who it was routed to (asked) or escalated to (the topic owner). */
  expertName?: string;
  screen?: string;
}

/** Shown in full up to this; a longer question is cut (the inbox has the rest). */
const EXCERPT = 280;

/** Slack and Teams both treat `<`, `>` and `&` as markup; a question must not ping @channel or forge a link. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function lines(notice: Notice): { summary: string; detail: string } {
  const where = notice.screen ? ` (on ${notice.screen})` : '';
  const summary =
    notice.kind === 'asked'
      ? `New question on ${notice.topicName} from ${notice.askerName}${where}`
      : `Unclaimed question on ${notice.topicName} from ${notice.askerName} escalated${notice.expertName ? ` to ${notice.expertName}` : ''}`;
  const routed = notice.kind === 'asked' && notice.expertName ? `\nRouted to ${notice.expertName}; every ${notice.topicName} expert can claim it in the inbox.` : '';
  return { summary, detail: `> ${excerpt(notice.text)}${routed}` };
}

export function webhookBody(format: WebhookFormat, notice: Notice): unknown {
  const { summary, detail } = lines(notice);
  if (format === 'teams') {
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary: escape(summary),
      themeColor: notice.kind === 'escalated' ? 'D83B01' : '0078D7',
      title: escape(summary),
      text: escape(detail).replace(/\n/g, '\n\n'),
    };
  }
  return { text: `*${escape(summary)}*\n${escape(detail).replace(/^&gt; /, '> ')}` };
}
