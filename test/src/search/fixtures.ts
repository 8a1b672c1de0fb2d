import type { SearchDoc } from '../../../src/search/index.js';

/** A small Fjordhall catalog in three languages. */
export function doc(partial: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'title'>): SearchDoc {
  return { kind: 'article', summary: '', tags: [], headings: [], contexts: [], locale: 'en', ...partial };
}

export const DOCS: SearchDoc[] = [
  doc({
    id: 'close-dates',
    title: 'Close dates in the past',
    summary: 'An open opportunity with a close date in the past blocks the forecast review.',
    tags: ['pipeline', 'forecast'],
    headings: ['Why the date matters', 'Pushing a close date'],
    contexts: ['crm/opportunity'],
  }),
  doc({
    id: 'discount-approval',
    title: 'Discount approval',
    summary: 'Up to 10 % a sales rep decides; 10–20 % needs the sales manager; over 20 % goes to the Pricing desk.',
    tags: ['pricing', 'discounts'],
    headings: ['Who approves what', 'Renewals'],
    contexts: ['crm/quote'],
  }),
  doc({
    id: 'credit-hold',
    title: 'Customers on credit hold',
    summary: 'Finance sets a credit hold; no new quotes until it is lifted.',
    tags: ['credit', 'finance'],
    contexts: ['crm/account'],
  }),
  doc({
    id: 'forecast-monday',
    title: 'Submitting the forecast',
    summary: 'The forecast is submitted every Monday by 12:00. Commit means you would bet your bonus.',
    tags: ['forecast'],
    headings: ['Commit, best case and pipeline'],
    contexts: ['crm/forecast'],
  }),
  doc({
    id: 'quote-pdf',
    title: 'Sending a quote as PDF',
    summary: 'A quote with an unapproved discount cannot be sent to the customer.',
    tags: ['quotes'],
    headings: ['Discount check before sending'],
    contexts: ['crm/quote'],
  }),
  doc({
    id: 'po-cost-centre',
    title: 'Cost centre on purchase orders',
    summary: 'Every purchase order needs a cost centre before it can be approved.',
    tags: ['PO', 'purchasing'],
    contexts: ['erp/purchase-order'],
  }),
  doc({
    id: 'forsaljning-rabatt',
    title: 'Försäljning: rabatt på offerter',
    summary: 'Upp till 10 % bestämmer säljaren själv; över 20 % går till prisdesken.',
    tags: ['rabatt'],
    contexts: ['crm/quote'],
    locale: 'sv',
  }),
  doc({
    id: 'kopsorder',
    title: 'Köpsorder och attestgränser',
    summary: 'Attestgräns 25 000 kr för teamledare.',
    tags: ['inköp'],
    contexts: ['erp/purchase-order'],
    locale: 'sv',
  }),
  doc({
    id: 'ersatzteile',
    title: 'Ersatzteile bestellen: Übersicht für den Außendienst',
    summary: 'So bestellen Sie Ersatzteile für Pumpen und Verdichter. Straße und Hausnummer der Lieferadresse prüfen.',
    tags: ['service'],
    locale: 'de',
  }),
  doc({
    id: 'discount-approval',
    kind: 'lesson',
    title: 'Lesson: approving discounts in two minutes',
    summary: 'Practise the discount rules with three quotes.',
    tags: ['pricing'],
    contexts: ['crm/quote'],
  }),
];
