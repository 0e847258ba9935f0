/*
 * The DPO's view of disclosures in Cockpit (issue 16): #/tietovahti/disclosures lists every hand-over by recipient,
 * basis, period and person, the refusals, a link to the Art. 30 CSV, and the catalogue recipients whose privacy-notice
 * wording claims more than the law the decision table records. Data from /api/dpo/disclosures (the DPO only; the
 * Cockpit session is accepted for reading). The identity code to filter by travels in a header, never in the URL.
 */
import { say, apiRoot } from '../../tasklist/scripts/language.js';
import { el, getJson, time } from './dpo-deadlines.js';

function input(name, label, attributes) {
  return el('label', { class: 'tv-filter' }, label, ' ',
    el('input', Object.assign({ name, class: 'form-control input-sm', 'aria-label': label }, attributes || {})));
}

function query(form) {
  const params = new URLSearchParams();
  ['recipient', 'basis', 'from', 'to'].forEach((name) => {
    const value = form.elements[name].value.trim();
    if (value) {
      params.set(name, value);
    }
  });
  return params.toString();
}

function disclosuresTable(rows) {
  if (!rows.length) {
    return el('p', {}, say({ fi: 'Ei luovutuksia.', sv: 'Inga utlämnanden.', en: 'No disclosures.' }));
  }
  return el('table', { class: 'table table-condensed cam-table tv-disclosures' },
    el('thead', {}, el('tr', {},
      el('th', {}, say({ fi: 'Luovutettu', sv: 'Utlämnat', en: 'Disclosed' })),
      el('th', {}, say({ fi: 'Pyyntö', sv: 'Begäran', en: 'Request' })),
      el('th', {}, say({ fi: 'Vastaanottaja', sv: 'Mottagare', en: 'Recipient' })),
      el('th', {}, say({ fi: 'Tarkoitus', sv: 'Ändamål', en: 'Purpose' })),
      el('th', {}, say({ fi: 'Peruste', sv: 'Grund', en: 'Basis' })),
      el('th', {}, say({ fi: 'Tiedot', sv: 'Uppgifter', en: 'Data' })),
      el('th', {}, say({ fi: 'Henkilöitä', sv: 'Personer', en: 'People' })),
      el('th', {}, say({ fi: 'Päätti, hyväksyi', sv: 'Beslöt, godkände', en: 'Decided, approved' })))),
    el('tbody', {}, rows.map((r) => el('tr', {},
      el('td', {}, time(r.disclosedAt)), el('td', {}, r.reference), el('td', {}, r.recipientName),
      el('td', {}, r.purpose), el('td', {}, [r.basis, r.nationalSection].filter(Boolean).join(', ')),
      el('td', {}, r.fields.split(',').join(', ')), el('td', {}, r.people),
      el('td', {}, [r.decidedBy, r.approvedBy, r.secondApprovedBy].filter(Boolean).join(' · '))))));
}

function refusalsTable(rows) {
  if (!rows.length) {
    return el('p', {}, '–');
  }
  return el('table', { class: 'table table-condensed cam-table tv-refusals' },
    el('thead', {}, el('tr', {},
      el('th', {}, say({ fi: 'Saapui', sv: 'Mottagen', en: 'Received' })),
      el('th', {}, say({ fi: 'Pyyntö', sv: 'Begäran', en: 'Request' })),
      el('th', {}, say({ fi: 'Pyytäjä', sv: 'Den som begärde', en: 'Asked by' })),
      el('th', {}, say({ fi: 'Tarkoitus', sv: 'Ändamål', en: 'Purpose' })),
      el('th', {}, say({ fi: 'Syy', sv: 'Skäl', en: 'Reason' })))),
    el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, time(r.receivedAt)), el('td', {}, r.reference),
      el('td', {}, `${r.recipientName} (${r.channel})`), el('td', {}, r.purpose), el('td', {}, r.reason)))));
}

function differencesTable(rows) {
  return el('table', { class: 'table table-condensed cam-table tv-notice-differences' },
    el('thead', {}, el('tr', {},
      el('th', {}, say({ fi: 'Vastaanottaja', sv: 'Mottagare', en: 'Recipient' })),
      el('th', {}, say({ fi: 'Tietosuojaseloste sanoo', sv: 'Dataskyddsbeskrivningen säger', en: 'The notice says' })),
      el('th', {}, say({ fi: 'Kirjattu peruste', sv: 'Registrerad grund', en: 'Recorded basis' })),
      el('th', {}, say({ fi: 'Ero', sv: 'Skillnad', en: 'Difference' })))),
    el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, r.catalogueRecipient), el('td', {}, r.noticeSays),
      el('td', {}, r.recorded), el('td', {}, r.difference)))));
}

function renderDisclosures(node) {
  node.classList.add('tietovahti-disclosures');
  node.appendChild(el('p', {}, el('a', { href: '#/dashboard' }, say({ fi: '← Määräajat', sv: '← Tidsfrister',
    en: '← Deadlines' }))));
  node.appendChild(el('h2', {}, say({ fi: 'Tietojen luovutukset', sv: 'Utlämnanden av uppgifter',
    en: 'Disclosures of data' })));
  const form = el('form', { class: 'form-inline tv-disclosure-filters' },
    input('recipient', say({ fi: 'Vastaanottaja tai laji', sv: 'Mottagare eller typ', en: 'Recipient or kind' }),
      { placeholder: 'KELA' }),
    input('basis', say({ fi: 'Peruste', sv: 'Grund', en: 'Basis' }), { placeholder: '938/2014' }),
    input('from', say({ fi: 'Alkaen', sv: 'Från', en: 'From' }), { type: 'date' }),
    input('to', say({ fi: 'Ennen', sv: 'Före', en: 'Before' }), { type: 'date' }),
    input('identityCode', say({ fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Identity code' }),
      { autocomplete: 'off', maxlength: '11' }),
    ' ', el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, say({ fi: 'Hae', sv: 'Sök', en: 'Search' })));
  const csv = el('a', { class: 'tv-art30', href: `${apiRoot()}/dpo/disclosures/art30.csv` },
    say({ fi: 'Seloste (art. 30) CSV-tiedostona', sv: 'Registret (art. 30) som CSV', en: 'The Art. 30 record as CSV' }));
  const results = el('div', {});
  const differences = el('div', {});
  node.appendChild(form);
  node.appendChild(el('p', {}, csv));
  node.appendChild(results);
  node.appendChild(el('h3', {}, say({ fi: 'Missä tietosuojaseloste ja laki eroavat', sv: 'Där beskrivningen och lagen skiljer sig',
    en: 'Where the privacy notice and the law differ' })));
  node.appendChild(differences);

  function load() {
    const q = query(form);
    csv.setAttribute('href', `${apiRoot()}/dpo/disclosures/art30.csv${q ? '?' + q : ''}`);
    const code = form.elements.identityCode.value.trim();
    results.textContent = say({ fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…' });
    getJson(`/dpo/disclosures${q ? '?' + q : ''}`, code ? { 'X-Identity-Code': code } : {})
      .then((view) => {
        results.textContent = '';
        results.appendChild(el('h3', {}, say({ fi: `Luovutukset (${view.disclosures.length})`,
          sv: `Utlämnanden (${view.disclosures.length})`, en: `Disclosures (${view.disclosures.length})` })));
        results.appendChild(disclosuresTable(view.disclosures));
        if (!code) {
          results.appendChild(el('h3', {}, say({ fi: `Epäämiset (${view.refusals.length})`,
            sv: `Avslag (${view.refusals.length})`, en: `Refusals (${view.refusals.length})` })));
          results.appendChild(refusalsTable(view.refusals));
        }
      })
      .catch((error) => {
        results.textContent = error.message === '400'
          ? say({ fi: 'Tarkista hakuehdot (päivä muodossa vvvv-kk-pp, kelvollinen henkilötunnus).',
            sv: 'Kontrollera sökvillkoren (dag som åååå-mm-dd, giltig personbeteckning).',
            en: 'Check the filters (a day as yyyy-mm-dd, a valid identity code).' })
          : say({ fi: `Luovutuksia ei voitu hakea (${error.message}).`, sv: `Utlämnandena kunde inte hämtas (${error.message}).`,
            en: `The disclosures could not be read (${error.message}).` });
      });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
  getJson('/dpo/disclosures/notice-differences')
    .then((rows) => differences.appendChild(differencesTable(rows)))
    .catch((error) => { differences.textContent = error.message; });
}

export default [
  {
    id: 'tietovahti-disclosures',
    pluginPoint: 'cockpit.route',
    properties: { path: '/tietovahti/disclosures' },
    render: renderDisclosures
  }
];
