/**
 * The Helm CRM screens, rendered as plain DOM (the demo host is deliberately framework-free:
 * Learnflow must work in any host). All values are fixed demo data — nothing user-supplied is
 * interpolated into markup.
 */
import { STAGES, account, forecast, opportunity, pipeline, quote, sek } from './data.js';

export interface Screen {
  /** Learnflow context key for this screen. */
  key: string;
  title: string;
  record?: { type: string; id?: string };
  tags: string[];
  html: string;
}

function field(label: string, control: string, extra = '') {
  return `<div class="field">${label}${control}${extra}</div>`;
}

export function opportunityScreen(): Screen {
  const stageOptions = STAGES.map((s) => `<option ${s.name === opportunity.stage ? 'selected' : ''}>${s.name}</option>`).join('');
  const stageList = STAGES.slice(0, 4)
    .map((s) => `<li ${s.name === opportunity.stage ? 'aria-current="step"' : ''}><span>${s.name}</span><span>${s.probability} %</span></li>`)
    .join('');
  const others = pipeline.map((p) => `<li><a href="#/opportunity/${p.id}">${p.name}</a> · ${p.stage} · ${sek(p.amount)}</li>`).join('');
  return {
    key: 'crm/opportunity',
    title: opportunity.name,
    record: { type: 'opportunity', id: opportunity.id },
    tags: ['pipeline'],
    html: `
      <p class="crumbs">Opportunities › ${opportunity.account}</p>
      <h1>${opportunity.name}</h1>
      <div class="layout">
        <form class="card" aria-labelledby="opp-form-title" onsubmit="return false">
          <h2 id="opp-form-title">Opportunity details</h2>
          <div class="form-grid">
            ${field('<label for="opp-stage">Stage</label>', `<select id="opp-stage" name="stage">${stageOptions}</select>`, '<span class="hint">Moving to Propose needs a quote.</span>')}
            ${field('<label for="opp-amount">Amount (SEK)</label>', `<input id="opp-amount" name="amount" inputmode="numeric" value="${opportunity.amount}" />`)}
            ${field('<label for="opp-discount">Discount %</label>', `<input id="opp-discount" name="discount" type="number" min="0" max="100" value="${opportunity.discount}" />`, '<span class="warn">10–20 % needs your sales manager’s approval in the quote.</span>')}
            ${field('<label for="opp-close">Close date</label>', `<input id="opp-close" name="closeDate" type="date" value="${opportunity.closeDate}" />`)}
            <div class="field wide"><label for="opp-next">Next step</label><input id="opp-next" name="nextStep" value="${opportunity.nextStep}" /></div>
            <div class="field wide"><label for="opp-comp">Competitors</label><input id="opp-comp" name="competitors" value="${opportunity.competitors}" /></div>
          </div>
          <div class="actions"><button class="btn primary" type="button">Save</button><button class="btn" type="button">Create quote</button></div>
        </form>
        <aside class="card" aria-labelledby="pipe-title">
          <h2 id="pipe-title">Pipeline</h2>
          <ol class="stages">${stageList}</ol>
          <ul class="pipeline-list">${others}</ul>
        </aside>
      </div>`,
  };
}

export function accountScreen(): Screen {
  return {
    key: 'crm/account',
    title: account.name,
    record: { type: 'account', id: account.id },
    tags: ['accounts'],
    html: `
      <p class="crumbs">Accounts</p>
      <h1>${account.name}</h1>
      <p class="notice" role="note">Possible duplicate: <strong>${account.possibleDuplicate}</strong>. Sales ops merges duplicates — never delete an account.</p>
      <div class="layout">
        <section class="card" aria-labelledby="acc-title">
          <h2 id="acc-title">Account</h2>
          <div class="form-grid">
            ${field('<label for="acc-owner">Owner</label>', `<input id="acc-owner" value="${account.owner}" />`)}
            ${field('<label for="acc-segment">Segment</label>', `<input id="acc-segment" value="${account.segment}" />`)}
            ${field('<span>Credit status</span>', `<span class="badge ok">${account.creditStatus}</span>`, '<span class="hint">Set by Finance.</span>')}
            ${field('<label for="acc-city">City</label>', `<input id="acc-city" value="${account.city}" />`)}
          </div>
        </section>
        <aside class="card" aria-labelledby="acc-opps">
          <h2 id="acc-opps">Open opportunities</h2>
          <ul class="pipeline-list"><li><a href="#/opportunity/1042">${opportunity.name}</a></li></ul>
        </aside>
      </div>`,
  };
}

export function quoteScreen(): Screen {
  const rows = quote.lines
    .map((l) => `<tr><td>${l.item}</td><td class="num">${l.qty}</td><td class="num">${sek(l.price)}</td><td class="num">${sek(l.qty * l.price)}</td></tr>`)
    .join('');
  const total = quote.lines.reduce((sum, l) => sum + l.qty * l.price, 0);
  return {
    key: 'crm/quote',
    title: `Quote ${quote.id}`,
    record: { type: 'quote', id: quote.id },
    tags: ['pricing', 'discounts'],
    html: `
      <p class="crumbs">Quotes › ${opportunity.name}</p>
      <h1>Quote ${quote.id}</h1>
      <p class="notice" role="note">Discount ${quote.discount} % is awaiting your sales manager’s approval. The quote cannot be sent until it is approved.</p>
      <section class="card" aria-labelledby="lines-title">
        <h2 id="lines-title">Price lines</h2>
        <table class="data"><thead><tr><th>Item</th><th class="num">Qty</th><th class="num">Unit price</th><th class="num">Line total</th></tr></thead>
        <tbody>${rows}</tbody>
        <tfoot><tr><th colspan="3">Total before discount</th><td class="num">${sek(total)}</td></tr></tfoot></table>
        <div class="actions"><button class="btn" type="button">Request approval</button><button class="btn primary" type="button" disabled>Send PDF to customer</button></div>
        <p class="hint">Valid until ${quote.validUntil}.</p>
      </section>`,
  };
}

export function forecastScreen(): Screen {
  const rows = forecast
    .map((f) => `<tr><th scope="row">${f.quarter}</th><td class="num">${sek(f.commit)}</td><td class="num">${sek(f.bestCase)}</td><td class="num">${sek(f.pipeline)}</td></tr>`)
    .join('');
  return {
    key: 'crm/forecast',
    title: 'Forecast',
    tags: ['forecast'],
    html: `
      <p class="crumbs">Forecast › Erik Nilsson</p>
      <h1>Forecast</h1>
      <p class="notice" role="note">Submit your forecast every Monday by 12:00.</p>
      <section class="card" aria-labelledby="fc-title">
        <h2 id="fc-title">Your quarters</h2>
        <table class="data"><thead><tr><th>Quarter</th><th class="num">Commit</th><th class="num">Best case</th><th class="num">Pipeline</th></tr></thead><tbody>${rows}</tbody></table>
        <div class="actions"><button class="btn primary" type="button">Submit forecast</button></div>
      </section>`,
  };
}

/** Hash routes: #/opportunity/1042, #/account/skanska-mo, #/quote/Q-2291, #/forecast. */
export function screenForHash(hash: string): Screen {
  const [section] = hash.replace(/^#\/?/, '').split('/');
  switch (section) {
    case 'account':
      return accountScreen();
    case 'quote':
      return quoteScreen();
    case 'forecast':
      return forecastScreen();
    default:
      return opportunityScreen();
  }
}
