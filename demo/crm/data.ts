/** Fixed demo records for Helm CRM (Fjordhall Industrial Supply AB). See ../../../shared/DEMO-WORLD.md. */
export const STAGES = [
  { name: 'Qualify', probability: 10 },
  { name: 'Discover', probability: 25 },
  { name: 'Propose', probability: 50 },
  { name: 'Negotiate', probability: 75 },
  { name: 'Closed won', probability: 100 },
  { name: 'Closed lost', probability: 0 },
] as const;

export const opportunity = {
  id: '1042',
  name: 'Skanska Pumps Retrofit — Mölndal plant',
  account: 'Skanska Industri AB',
  accountId: 'skanska-mo',
  stage: 'Propose',
  amount: 1_840_000,
  discount: 12,
  closeDate: '2026-12-18',
  nextStep: 'Send revised quote with service contract option',
  competitors: 'Grundfos, Xylem',
  owner: 'Erik Nilsson',
};

export const pipeline = [
  { id: '1042', name: 'Skanska Pumps Retrofit', stage: 'Propose', amount: 1_840_000 },
  { id: '1057', name: 'Boliden compressor renewal', stage: 'Negotiate', amount: 960_000 },
  { id: '1061', name: 'Norsk Hydro spare parts 2027', stage: 'Discover', amount: 420_000 },
  { id: '1066', name: 'SSAB Luleå dosing pumps', stage: 'Qualify', amount: 275_000 },
];

export const account = {
  id: 'skanska-mo',
  name: 'Skanska Industri AB',
  owner: 'Maja Sjöberg',
  segment: 'Key account — Construction',
  creditStatus: 'OK',
  city: 'Göteborg',
  possibleDuplicate: 'Skanska Industri Aktiebolag (created 2025-03-02)',
};

export const quote = {
  id: 'Q-2291',
  opportunityId: '1042',
  validUntil: '2026-12-31',
  discount: 12,
  lines: [
    { item: 'FJ-CP 400 centrifugal pump', qty: 4, price: 312_000 },
    { item: 'Installation and commissioning', qty: 1, price: 164_000 },
    { item: 'Spare parts kit, 24 months', qty: 4, price: 38_500 },
    { item: 'Service contract, 3 years', qty: 1, price: 274_000 },
  ],
};

export const forecast = [
  { quarter: 'Q4 2026', commit: 3_150_000, bestCase: 4_420_000, pipeline: 7_980_000 },
  { quarter: 'Q1 2027', commit: 1_200_000, bestCase: 2_650_000, pipeline: 6_310_000 },
];

export const sek = (n: number) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(n);
