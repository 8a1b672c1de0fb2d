/**
 * Demo mode only: a history of answered questions from the past weeks (so the topics have typical
 * answer times from real rows and the inbox and "my questions" are not empty) and one open
 * question waiting for Anna Lindqvist. Answers follow shared/DEMO-WORLD.md's rules of the house.
 * Seeded once: a database that already has questions is left alone.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { QuestionStatusColumn } from '../db/schema.js';
import { renderBody } from '../content/render-body.js';
import type { Logger } from '../log.js';
import { demoPerson } from './people.js';

interface SeedQuestion {
  asker: string;
  topic: string;
  screen: string;
  recordType?: string;
  locale: string;
  daysAgo: number;
  text: string;
  /** Absent: still open. */
  answer?: { by: string; afterMinutes: number; body: string; status: QuestionStatusColumn };
  /** Open questions: asked this many minutes ago instead of `daysAgo`. */
  minutesAgo?: number;
}

const APP = { 'crm/': 'Helm CRM', 'erp/': 'Ledger' } as const;

const HISTORY: SeedQuestion[] = [
  {
    asker: 'maja-sjoberg', topic: 'discounts', screen: 'crm/quote', recordType: 'quote', locale: 'en', daysAgo: 25,
    text: 'A 22 % discount for a framework agreement with Nordhamn Energi — what does the Pricing desk need from me?',
    answer: { by: 'anna-lindqvist', afterMinutes: 55, status: 'solved', body: 'Over 20 % comes to us at the Pricing desk, so send it with **Request Pricing desk review** on the quote. Attach:\n\n- the expected yearly volume,\n- the competitor offer, if there is one,\n- how long the agreement runs.\n\nWithout volumes we cannot approve it.' },
  },
  {
    asker: 'lukas-schmidt', topic: 'service-contracts', screen: 'crm/quote', recordType: 'quote', locale: 'de', daysAgo: 20,
    text: 'Der Kunde fragt, ob Verschleißteile im Servicevertrag enthalten sind. Wo sehe ich das?',
    answer: { by: 'markus-weber', afterMinutes: 50, status: 'solved', body: 'Im Servicevertrag unter **Leistungsumfang**. Sind Verschleißteile dort nicht aufgeführt, bietest du sie als Ersatzteile im Angebot an.' },
  },
  {
    asker: 'erik-nilsson', topic: 'discounts', screen: 'crm/quote', recordType: 'quote', locale: 'en', daysAgo: 18,
    text: 'Do I need approval for a 12 % discount on a first order?',
    answer: { by: 'anna-lindqvist', afterMinutes: 42, status: 'solved', body: 'Yes. Up to 10 % is your call; between 10 and 20 % your sales manager approves it in the quote. Ask for the approval from the discount line — the quote cannot be sent until it is approved.' },
  },
  {
    asker: 'erik-nilsson', topic: 'pipeline', screen: 'crm/opportunity', recordType: 'opportunity', locale: 'en', daysAgo: 15,
    text: 'Can I move an opportunity to Propose before the quote is approved?',
    answer: { by: 'omar-haddad', afterMinutes: 30, status: 'solved', body: 'Moving to Propose needs a quote linked to the opportunity, not an approved one. Create the quote, link it, then move the stage. It is *sending* the quote that waits for the discount approval.' },
  },
  {
    asker: 'maja-sjoberg', topic: 'renewals', screen: 'crm/quote', recordType: 'quote', locale: 'en', daysAgo: 12,
    text: 'Nordhamn Energi asks for 18 % off their service contract renewal. Can my manager approve that?',
    answer: { by: 'anna-lindqvist', afterMinutes: 25, status: 'answered', body: 'No — renewals above 15 % always go to the Pricing desk, whatever your manager could approve on a new deal. Use **Request Pricing desk review** on the quote and add what they pay today.' },
  },
  {
    asker: 'erik-nilsson', topic: 'pipeline', screen: 'crm/opportunity', recordType: 'opportunity', locale: 'en', daysAgo: 10,
    text: 'Which loss reason do I pick when the customer simply stopped answering?',
    answer: { by: 'omar-haddad', afterMinutes: 45, status: 'solved', body: 'Closed lost always needs a loss reason; for a customer who went quiet pick **No decision**, and note when you last reached them.' },
  },
  {
    asker: 'noor-al-sayed', topic: 'approval-limits', screen: 'erp/purchase-order', recordType: 'purchase-order', locale: 'en', daysAgo: 6,
    text: 'A purchase order for 180,000 SEK — does my team lead approve it, or the department head?',
    answer: { by: 'johan-ek', afterMinutes: 20, status: 'solved', body: 'The department head. Team leads approve up to 25,000 SEK, department heads up to 250,000 SEK, and above that the CFO. Set the cost centre first — it is mandatory, and Ledger routes the approval from it.' },
  },
  {
    asker: 'erik-nilsson', topic: 'discounts', screen: 'crm/quote', recordType: 'quote', locale: 'sv', daysAgo: 5,
    text: 'Kan jag ge 15 % rabatt på en ny offert utan att fråga någon?',
    answer: { by: 'anna-lindqvist', afterMinutes: 20, status: 'solved', body: 'Nej. Upp till 10 % bestämmer du själv; 10–20 % godkänner din säljchef i offerten. Skicka godkännandebegäran från rabattraden innan du skickar offerten.' },
  },
  {
    asker: 'maja-sjoberg', topic: 'pipeline', screen: 'crm/opportunity', recordType: 'opportunity', locale: 'en', daysAgo: 3,
    text: 'I have pushed the close date on the Vattenfors deal twice this quarter. What happens if I push it again?',
    answer: { by: 'omar-haddad', afterMinutes: 25, status: 'answered', body: 'Pushing a close date more than twice in a quarter flags the deal in the forecast review. That is fine when it is honest — be ready to say what changed. And the date must never be in the past while the deal is open.' },
  },
  {
    asker: 'maja-sjoberg', topic: 'pricing', screen: 'crm/quote', recordType: 'quote', locale: 'en', daysAgo: 0, minutesAgo: 50,
    text: 'Vattenfors wants the quote in EUR, but their price list is in SEK. Which exchange rate do I use, and who sets it?',
  },
];

function appName(screen: string): string | undefined {
  return Object.entries(APP).find(([prefix]) => screen.startsWith(prefix))?.[1];
}

export async function seedDemoAsk(db: Db, log: Logger, now = new Date()): Promise<void> {
  const any = await db.selectFrom('questions').select('id').limit(1).executeTakeFirst();
  if (any) return;
  let seeded = 0;
  for (const seed of HISTORY) {
    const asker = demoPerson(seed.asker);
    const expert = seed.answer ? demoPerson(seed.answer.by) : demoPerson('anna-lindqvist');
    if (!asker || !expert) {
      log.warn(`demo seed: unknown demo person in the ask history (${seed.asker}); skipped`);
      continue;
    }
    const asked = new Date(now.getTime() - (seed.minutesAgo !== undefined ? seed.minutesAgo * 60_000 : seed.daysAgo * 86_400_000));
    const replied = seed.answer ? new Date(asked.getTime() + seed.answer.afterMinutes * 60_000) : undefined;
    const id = randomUUID();
    const context = { screen: seed.screen, recordType: seed.recordType, app: appName(seed.screen) };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('questions')
        .values({
          id,
          asker_id: asker.id,
          asker_name: asker.name,
          topic: seed.topic,
          text: seed.text,
          html: (await renderBody(seed.text)).html,
          context: JSON.stringify(context),
          locale: seed.locale,
          status: seed.answer?.status ?? 'open',
          assignee_id: seed.answer ? expert.id : null,
          assignee_name: seed.answer ? expert.name : null,
          routed_id: expert.id,
          routed_name: expert.name,
          // Answers from the past weeks were read long ago; the open one has nothing to read.
          unread: 0,
          article_id: null,
          created_at: asked.toISOString(),
          updated_at: (replied ?? asked).toISOString(),
          first_reply_at: replied?.toISOString() ?? null,
        })
        .execute();
      if (seed.answer && replied) {
        await trx
          .insertInto('question_messages')
          .values({ id: randomUUID(), question_id: id, position: 0, author_id: expert.id, author_name: expert.name, role: 'expert', body: seed.answer.body, html: (await renderBody(seed.answer.body)).html, created_at: replied.toISOString() })
          .execute();
      }
    });
    seeded++;
  }
  log.info(`Demo: seeded ${seeded} questions for ask-an-expert`);
}
