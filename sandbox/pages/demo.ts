/**
 * `/demo`: a fictional Swedish company's contact page with a CRM-style table. It carries the formats of
 * number-detection.md §4, the look-alikes of §5, links, editable areas, a shadow root, a same-origin frame
 * and a number added by script. Colleagues from the sandbox directory appear, so a hover card can name them.
 */
import { html, inlineScript, page, type SafeHtml } from '../html';
import { hostileLink, lookalike, phone, phoneLink } from './demo-markup';
import { DEMO_STYLE } from './demo-style';

interface Colleague {
  initials: string;
  name: string;
  role: string;
  lines: SafeHtml[];
}

const COLLEAGUES: readonly Colleague[] = [
  {
    initials: 'SL',
    name: 'Sara Lindberg',
    role: 'Teamledare, kundsupport',
    lines: [
      html`<span class="label">Mobil:</span> ${phone('070-174 06 23', '+46701740623')}`,
      html`<span class="label">Direkt:</span> ${phone('08-123 456 02', '+46812345602')}`,
    ],
  },
  {
    initials: 'JB',
    name: 'Johan Berg',
    role: 'Säljare, Stockholm',
    lines: [
      html`<span class="label">Mobil</span> ${phone('070 174 06 30', '+46701740630')}`,
      html`<span class="label">Tel</span> ${phone('+46 8 123 456 03', '+46812345603')}`,
    ],
  },
  {
    initials: 'AA',
    name: 'Anna Andersson',
    role: 'Kundsupport',
    lines: [html`<span class="label">Direkt:</span> ${phone('08-123 456 00', '+46812345600')}`],
  },
  {
    initials: 'MN',
    name: 'Maria Nilsson',
    role: 'Ekonomi och fakturor',
    lines: [html`<span class="label">Mobil:</span> ${phone('+46 (0)70-174 06 41', '+46701740641')}`],
  },
  {
    initials: 'LP',
    name: 'Lars Persson',
    role: 'Säljare, Malmö',
    lines: [html`<span class="label">Mob.</span> ${phone('0701740667', '+46701740667')}`],
  },
  {
    initials: 'AH',
    name: 'Ahmed Hassan',
    role: 'IT och support',
    // Non-breaking hyphen and non-breaking spaces, as word processors paste them.
    lines: [html`<span class="label">Mobil:</span> ${phone('070\u2011174\u00a006\u00a078', '+46701740678')}`],
  },
  {
    initials: 'EK',
    name: 'Eva Karlsson',
    role: 'Reception',
    lines: [html`<span class="label">Växel:</span> ${phone('08-123 456 07', '+46812345607')}`],
  },
  {
    initials: 'KS',
    name: 'Konferensrum Stora',
    role: 'Plan 3, 12 platser',
    lines: [html`<span class="label">Rumstelefon</span> ${phone('08-123 456 11', '+46812345611')}`],
  },
];

function colleagueCards(): SafeHtml {
  return html`${COLLEAGUES.map(
    (person) => html`<article class="card">
<div class="avatar" aria-hidden="true">${person.initials}</div>
<h3>${person.name}</h3>
<p class="role">${person.role}</p>
${person.lines.map((line) => html`<p>${line}</p>`)}
</article>`,
  )}`;
}

function offices(): SafeHtml {
  return html`<div class="grid">
<article class="card"><h3>Stockholm (huvudkontor)</h3>
<p>${lookalike('Kungsgatan 44, 111 35 Stockholm')}</p>
<p>Tel: ${phone('08-618 24 90 ankn. 123', '+4686182490', { ext: '123' })}</p>
<p>Fax ${phone('08-618 24 99', '+4686182499')}</p>
<p>Direkt ${phone('08-5052 3318 anknytning 27', '+46850523318', { ext: '27' })}</p></article>
<article class="card"><h3>Göteborg</h3>
<p>${lookalike('Box 7010, 402 31 Göteborg')}</p>
<p>Telefon ${phone('031-712 40 56', '+46317124056')}</p>
<p>Från utlandet: ${phone('0046 31 712 40 56', '+46317124056')}</p></article>
<article class="card"><h3>Malmö</h3>
<p>${lookalike('211 20 Malmö')}</p>
<p>Tfn ${phone('040-23 11 87', '+4640231187')}</p>
<p>Int. ${phone('+46 (0) 40 23 11 87', '+4640231187')}</p></article>
<article class="card"><h3>Växjö och Kiruna</h3>
<p>Ring oss på ${phone('0470-74 52 10', '+46470745210')}!</p>
<p>Kiruna: ${phone('0980-319 250', '+46980319250')}</p></article>
<article class="card"><h3>Oslo</h3>
<p>${lookalike('0150 Oslo')}</p>
<p>Tlf. ${phone('+47 22 86 54 10 ext. 3301', '+4722865410', { ext: '3301' })}</p>
<p>Mobil ${phone('+47 915 38 204', '+4791538204')}</p></article>
<article class="card"><h3>København</h3>
<p>${lookalike('2100 København Ø')}</p>
<p>Tlf. ${phone('+45 33 12 47 90', '+4533124790')}</p></article>
<article class="card"><h3>Helsingfors</h3>
<p>${lookalike('00100 Helsinki')}</p>
<p>Puh. ${phone('+358 9 4174 2236', '+358941742236')}</p>
<p>${phone('00358 40 713 2456', '+358407132456')}</p></article>
<article class="card"><h3>London</h3>
<p>Phone: ${phone('+44 20 7946 0321 ext 204', '+442079460321', { ext: '204' })}</p>
<p>Office ${phone('+44 (0)20 7946 0877', '+442079460877')}</p></article>
<article class="card"><h3>Berlin</h3>
<p>${lookalike('10115 Berlin')}</p>
<p>Tel. ${phone('+49 (0)30 / 9018-2231', '+493090182231')}</p></article>
<article class="card"><h3>New York och San Francisco</h3>
<p>Call ${phone('+1 212 555 0142 x305', '+12125550142', { ext: '305' })}</p>
<p>Office ${phone('+1 (415) 555-0179', '+14155550179')}</p>
<p>Cell ${phone('+1-646-555-0123', '+16465550123')}</p></article>
</div>`;
}

function formats(): SafeHtml {
  return html`<ul class="plain">
<li>Växel: ${phone('010-209 44 80', '+46102094480')} ${lookalike('(mån–fre 08–17)')}</li>
<li>Uppdelat i element: ${phone(html`<span>+46</span> 8 618 24 90`, '+4686182490')}</li>
<li>Fetstil mitt i: ${phone(html`<b>+46</b> <i>70</i> 174 06 23`, '+46701740623')}</li>
<li>Hårt mellanslag: ${phone('08-618\u00a024\u00a090', '+4686182490')}</li>
<li>Smalt hårt mellanslag: ${phone('+46\u202f8\u202f618\u202f24\u202f90', '+4686182490')}</li>
<li>Tunt mellanslag: ${phone('08\u2009618\u200924\u200990', '+4686182490')}</li>
<li>Tankstreck: ${phone('08–618 24 90', '+4686182490')}</li>
<li>Helbredd: ${phone('０８－６１８ ２４ ９０', '+4686182490')}</li>
<li>Riktningsmarkering: ${phone('\u2066+46 8 618 24 90\u2069', '+4686182490')}</li>
<li>Nollbreddstecken: ${phone('070\u200b174 06 23', '+46701740623')}</li>
<li>Med nationellt prefix: ${phone('+46 (0)8 618 24 90', '+4686182490')}</li>
<li>Bindestreck: ${phone('+46-10-209 44 80', '+46102094480')}</li>
<li>Telefonnummer: ${phone('0771-56 78 90', '+46771567890', { kind: 'shared-cost' })} (delad kostnad)</li>
<li>Betalnummer: ${phone('0939-12 34 56', '+46939123456', { kind: 'premium-rate' })} (kostar 29,90 kr/min)</li>
<li>Tel ${phone('08-618 24 90', '+4686182490')}, fax ${phone('08-618 24 99', '+4686182499')}</li>
<li>${phone('070-174 06 23', '+46701740623')} / ${phone('070-174 06 41', '+46701740641')}</li>
<li>${phone('031-712 40 56', '+46317124056')} eller ${phone('070-174 06 55', '+46701740655')}</li>
<li>${phone('+47 22 86 54 10', '+4722865410')} | ${phone('+45 33 12 47 90', '+4533124790')}</li>
<li>Dial-in ${phone('+46 8 4468 2488', '+46844682488')}, Meeting ID: ${lookalike('842 6139 5072')}</li>
<li>Ring ${phone('08-618 24 90', '+4686182490')} senast ${lookalike('2024-03-15')}</li>
<li>Org.nr ${lookalike('556812-3946')} · Tel ${phone('08-618 24 90', '+4686182490')}</li>
</ul>`;
}

interface CrmRow {
  company: string;
  contact: string;
  phone: SafeHtml;
  orgNumber: string;
  order: string;
  lastContact: string;
  value: string;
  hot?: boolean;
}

const CRM_ROWS: readonly CrmRow[] = [
  {
    company: 'Bergström Bygg AB',
    contact: 'Per Bergström',
    phone: phone('08-5052 3318', '+46850523318'),
    orgNumber: '556812-3946',
    order: '0812-4471-22',
    lastContact: '2024-03-15 08:30',
    value: '12 345 kr',
    hot: true,
  },
  {
    company: 'Fjällström Transport AB',
    contact: 'Erik Lindqvist (vår säljare)',
    phone: phone('070-174 06 12', '+46701740612'),
    orgNumber: '802481-7655',
    order: 'ORD-2024-0701740',
    lastContact: '15.03.2024',
    value: '1 299,00 kr',
  },
  {
    company: 'Nordfisk AS',
    contact: 'Ola Nordmann',
    phone: phone('+47 915 38 204', '+4791538204'),
    orgNumber: '969781-2304',
    order: '#1004872931',
    lastContact: '08.03.2024',
    value: '8 900 NOK',
  },
  {
    company: 'Saimaa Oy',
    contact: 'Aino Virtanen',
    phone: phone('+358 (0)9 4174 2236', '+358941742236'),
    orgNumber: '716418-5527',
    order: '20240315-0042',
    lastContact: '13.03 - 27.03.2024',
    value: '€1,299.00',
    hot: true,
  },
  {
    company: 'Hudson Freight Inc.',
    contact: 'Jane Doe',
    phone: phone('+1 613 555 0110', '+16135550110'),
    orgNumber: '212000-0142',
    order: 'INV-0317124056',
    lastContact: '03/15/2024',
    value: '$1,049.99',
  },
  {
    company: 'Kvarnby Café',
    contact: 'Linnea Gustafsson (kundansvarig)',
    phone: phone('0701740688', '+46701740688'),
    orgNumber: '5593014474',
    order: '0855012347',
    lastContact: '2024-03-15T08:30:00+01:00',
    value: 'SEK 18 750',
  },
];

function crmTable(): SafeHtml {
  return html`<table>
<thead><tr><th>Kund</th><th>Kontakt</th><th>Telefon</th><th>Org.nr</th><th>Ordernr</th><th>Senaste kontakt</th><th>Värde</th></tr></thead>
<tbody>
${CRM_ROWS.map(
  (row) => html`<tr>
<td>${row.company}${row.hot ? html` <span class="pill hot">Het</span>` : ''}</td>
<td>${row.contact}</td>
<td>${row.phone}</td>
<td>${lookalike(row.orgNumber)}</td>
<td>${lookalike(row.order)}</td>
<td>${lookalike(row.lastContact)}</td>
<td>${lookalike(row.value)}</td>
</tr>`,
)}
</tbody>
</table>`;
}

/** Look-alikes from number-detection.md §5, each with the label that makes it what it is. */
const LOOKALIKES: readonly (readonly [label: string, text: string])[] = [
  ['Datum', '2024-03-15'],
  ['Datum', '08.03.2024'],
  ['Datum', '08-03-2024'],
  ['Period', '2024-03-15–2024-04-02'],
  ['Tidsstämpel', '2024-03-15 08:30:12.345'],
  ['Epoch', '1710491400'],
  ['Öppet', '08.00-20.00'],
  ['Lunchstängt', '0800-1700'],
  ['kl.', '08.00–16.30'],
  ['Pers.nr', '580701-1134'],
  ['Personnummer', '040229-7527'],
  ['Samordningsnummer', '760372-4415'],
  ['Orgnr:', '556677-8899'],
  ['Momsreg.nr', 'SE556812394601'],
  ['Bankgiro', '5021-1473'],
  ['BG', '742-6182'],
  ['Plusgiro', '47 12 93-1'],
  ['OCR:', '0855012340'],
  ['OCR', '0701740623'],
  ['Betalningsreferens', '470399155'],
  ['IBAN', 'SE36 5000 0000 0572 1983 4601'],
  ['Clearing', '8327-9, konto 914 123 456-7'],
  ['Pris:', '2 499:-'],
  ['Rabatt', '12,5 %'],
  ['Server', '192.168.10.254'],
  ['Proxy', '192.0.2.146:8080'],
  ['Version', '10.0.19045.3803'],
  ['Firmware', '07.10.174.0623'],
  ['ISBN', '978-91-7343-212-2'],
  ['Bok', '0-226-40071-9'],
  ['Kort:', '4571 2938 4410 6627'],
  ['Sparat kort', '**** **** **** 4821'],
  ['Ordernummer', '0812-4471-22'],
  ['Ärende', '#0855012347'],
  ['Faktura', '0317124056'],
  ['Kundnr', '0470112233'],
  ['Art.nr', '070-1740-623'],
  ['Mötes-ID:', '845 2231 0097'],
  ['Konferens-ID:', '0701 740 623'],
  ['PIN:', '781 392 045#'],
  ['Spårning', '3f2a9c1e-7b4d-4e8a-9c21-05d6f8a3b190'],
  ['Position', '59.3293, 18.0686'],
  ['Länk', 'https://example.se/kontakt/0701740623'],
  ['SMS-adress', '0701740623@sms.example.se'],
  ['Fil', 'file_0701740623.pdf'],
  ['Vid nödsituation ring', '112'],
  ['Sjukvårdsrådgivning', '1177'],
];

function lookalikeList(): SafeHtml {
  return html`<ul class="plain columns">${LOOKALIKES.map(([label, text]) => html`<li>${label} ${lookalike(text)}</li>`)}</ul>`;
}

function linkSection(): SafeHtml {
  return html`<p class="links">
${phoneLink('tel:+4686182490', 'Ring växeln', '+4686182490')}
${phoneLink('tel:08-618%2024%2090', '08-618 24 90', '+4686182490')}
${phoneLink('TEL:+46 8 618 24 90', 'Ring (versaler)', '+4686182490')}
${phoneLink('tel:+4686182490;ext=123', 'Ring support, ankn. 123', '+4686182490', '123')}
${phoneLink('tel:6182490;phone-context=+468', 'Lokalt nummer', '+4686182490')}
${phoneLink('callto:+46701740612', 'Ring Erik (callto)', '+46701740612')}
${phoneLink('sip:+46701740612@sip.example.se;user=phone', 'Erik via SIP', '+46701740612')}
${hostileLink('sip:anna@example.se', 'SIP-adress utan nummer')}
${hostileLink('tel:112', 'Nödnummer')}
${hostileLink('tel:', 'Tom länk')}
${hostileLink('tel:../../hangup', 'Lägg på (trick)')}
${hostileLink('tel:%E0%A4%A', 'Trasig länk')}
</p>
<p>Vanlig länk: <a href="/demo#kontakt" data-expect="ignored">Kontakt 08-618 24 90</a></p>`;
}

function ignoredSection(): SafeHtml {
  return html`<p class="label">Anteckning (redigerbar):</p>
<div contenteditable="true" data-expect="ignored">Ring tillbaka på 070-174 06 55 efter lunch.</div>
<p class="label">Meddelande:</p>
<textarea data-expect="ignored" aria-label="Meddelande">Hej! Nås på 08-618 24 90 eller 070-174 06 41.</textarea>
<p class="label">Formulär:</p>
<input data-expect="ignored" aria-label="Telefon" value="031-712 40 56">
<p class="label">Kod:</p>
<pre><code data-expect="ignored">SUPPORT_PHONE = "08-618 24 90"</code></pre>`;
}

/**
 * The shadow root is attached by script, as a web component would do it. Its content is built with DOM
 * calls and fixed strings only.
 */
const SHADOW_SCRIPT = `
customElements.define('contact-card', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = 'p { margin: 0; padding: 14px 18px; border: 1px solid #e4e7eb; border-radius: 12px; background: #fff; }';
    const line = document.createElement('p');
    line.append('Karin Johansson, vd. Mobil: ');
    const number = document.createElement('span');
    number.dataset.expect = 'phone';
    number.dataset.e164 = '+46701740655';
    number.textContent = '070-174 06 55';
    line.append(number);
    root.append(style, line);
  }
});
`;

/** Numbers appended after a click, cycling through colleagues. */
const ADD_NUMBER_SCRIPT = `
(() => {
  const numbers = [
    ['Oskar Eriksson', '070-174 06 99', '+46701740699'],
    ['Åsa Bergström', '070 174 06 44', '+46701740644'],
    ['Jonas Ek', '+46 70 174 06 33', '+46701740633'],
  ];
  let next = 0;
  const list = document.getElementById('added-numbers');
  document.getElementById('add-number').addEventListener('click', () => {
    const [name, text, e164] = numbers[next % numbers.length];
    next += 1;
    const item = document.createElement('li');
    item.append(name + ', mobil: ');
    const number = document.createElement('span');
    number.dataset.expect = 'phone';
    number.dataset.e164 = e164;
    number.textContent = text;
    item.append(number);
    list.append(item);
  });
})();
`;

export function renderDemoPage(): string {
  return page({
    title: 'Kontakt – Nordvik Logistik AB',
    head: DEMO_STYLE,
    body: html`<header class="site"><div class="bar">
<div class="logo">Nordvik<span>.</span>Logistik</div>
<nav><a href="#kontakt">Kontakt</a><a href="#kontor">Kontor</a><a href="#kunder">Kunder</a><a href="/">Telavox Home</a></nav>
<div>Växel: ${phone('010-209 44 80', '+46102094480')}</div>
</div></header>
<div class="hero"><div class="inner">
<h1>Kontakta oss</h1>
<p>Vi hjälper dig med frakt, lager och tull i hela Norden. Ring direkt till rätt person, eller till växeln
${lookalike('mån–fre 08:00–17:00')}.</p>
</div></div>
<main>
<section id="kontakt"><h2>Medarbetare</h2><div class="grid">${colleagueCards()}
<contact-card id="shadow-card"></contact-card>
</div></section>
<section id="kontor"><h2>Våra kontor</h2>${offices()}</section>
<section id="kunder"><h2>Kundregister</h2>${crmTable()}</section>
<section id="format"><h2>Så skriver våra kunder nummer</h2>${formats()}</section>
<section id="inte-nummer"><h2>Bra att veta (inga telefonnummer)</h2>${lookalikeList()}</section>
<section id="lankar"><h2>Snabbval</h2>${linkSection()}</section>
<section id="anteckningar"><h2>Anteckningar</h2>${ignoredSection()}</section>
<section id="karta"><h2>Hitta hit</h2><iframe id="demo-frame" src="/demo/frame" title="Hitta hit"></iframe></section>
<section id="nya"><h2>Nya kontakter</h2>
<button id="add-number" type="button">Add a number</button>
<ul class="plain" id="added-numbers"></ul></section>
</main>
<footer class="site"><div class="inner">
<div><h3>Nordvik Logistik AB</h3><p>Org.nr ${lookalike('556812-3946')}<br>Bankgiro ${lookalike('5021-1473')}<br>PG ${lookalike('38 00 14-1')}</p></div>
<div><h3>Besöksadress</h3><p>Kungsgatan 44<br>${lookalike('111 35 Stockholm')}</p></div>
<div><h3>Öppettider</h3><p>${lookalike('mån–fre 08–17, lör 10–14')}</p></div>
<div><h3>Kundtjänst</h3><p>Tel ${phone('08-123 456 13', '+46812345613')}</p></div>
</div></footer>
${inlineScript(SHADOW_SCRIPT)}
${inlineScript(ADD_NUMBER_SCRIPT)}`,
  });
}

/** `/demo/frame`: the same-origin iframe's page. */
export function renderDemoFrame(): string {
  return page({
    title: 'Hitta hit',
    head: DEMO_STYLE,
    body: html`<main>
<p>Besök oss på ${lookalike('Kungsgatan 44, 111 35 Stockholm')}. Parkering finns i garaget.</p>
<p>Vägbeskrivning: ring Åsa på ${phone('070-174 06 44', '+46701740644')}.</p>
</main>`,
  });
}

/** `/demo/no-detect`: the page asks not to have its numbers turned into links. */
export function renderNoDetectPage(): string {
  return page({
    title: 'Ingen nummeridentifiering',
    head: html`<meta name="format-detection" content="telephone=no">${DEMO_STYLE}`,
    bodyAttributes: html` data-format-detection="telephone=no"`,
    body: html`<main>
<h1>Sidan har format-detection: telephone=no</h1>
<p>Tel: ${phone('08-618 24 90', '+4686182490')}</p>
<p>Mobil: ${phone('070-174 06 23', '+46701740623')}</p>
<p>Org.nr ${lookalike('556812-3946')}</p>
</main>`,
  });
}
