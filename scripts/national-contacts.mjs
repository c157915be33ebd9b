#!/usr/bin/env node
// The national support lines built into <trygg-support-card>, generated from the research file.
//
//   node scripts/national-contacts.mjs          write src/components/support-card/national-contacts.ts
//                                               (Swedish texts) and national-contacts.{en,ar}.ts
//                                               (the other languages' texts, loaded on demand)
//   node scripts/national-contacts.mjs check    fail if the committed modules differ from what the
//                                               research file's verified entries give (npm test)
//
// The research file is ../shared/data/support-contacts.research.json (relative to the repo root),
// or the path in TRYGG_RESEARCH. Only entries whose verification.status is "verified" are shipped;
// 112 (partly verified: number and "when to call" are sourced, "24/7" is not) is rendered by the
// component itself and gets only its sources from here, with no opening-hours claim.
//
// What the research cannot say is decided editorially, below (EDITORIAL): which of the contract's
// audience codes each line serves, the order, and a short description in sv/en/ar. The facts
// (numbers, links, hours, flags, languages, sources, dates) come from the research file only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const researchPath = process.env.TRYGG_RESEARCH
  ? resolve(process.env.TRYGG_RESEARCH)
  : resolve(root, '..', 'shared', 'data', 'support-contacts.research.json');
const outPath = join(root, 'src/components/support-card/national-contacts.ts');
/** Languages whose texts go to their own module (a Swedish page does not download them). */
const ON_DEMAND = ['en', 'ar'];
const outPathOf = (lang) => outPath.replace(/\.ts$/, `.${lang}.ts`);
/** The fields of a contact that are LocalizedText. */
const TEXT_FIELDS = ['name', 'description', 'note'];
const mode = process.argv[2] ?? 'write';

const ALL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Editorial decisions per verified entry (in the order shown). `audience` maps the research's
 * free-text target group to the contract's codes; [] means "everyone" (shown under every filter).
 */
const EDITORIAL = {
  'se-kvinnofridslinjen': {
    audience: ['victim', 'relative', 'professional'], // "kvinnor utsatta för hot, våld eller sexuella övergrepp", "närstående", "yrkesverksamma"
    name: { ar: 'Kvinnofridslinjen – الخط الوطني لدعم النساء' },
    description: {
      sv: 'För kvinnor som är utsatta för hot, våld eller sexuella övergrepp. Närstående och yrkesverksamma kan också ringa.',
      en: 'For women exposed to threats, violence or sexual abuse. Relatives and professionals can call too.',
      ar: 'للنساء اللواتي يتعرّضن للتهديد أو العنف أو الاعتداء الجنسي. يمكن للأقارب والمهنيين الاتصال أيضًا.',
    },
  },
  'se-stodlinjen-man': {
    audience: ['victim', 'relative', 'professional'], // "män från 18 år utsatta för våld i nära relation och/eller sexuellt våld", "närstående", "yrkesverksamma"
    name: { ar: 'خط الدعم للرجال' },
    description: {
      sv: 'För män från 18 år som är utsatta för våld i en nära relation eller för sexuellt våld. Närstående och yrkesverksamma kan också ringa.',
      en: 'For men aged 18 and over exposed to violence in a close relationship or to sexual violence. Relatives and professionals can call too.',
      ar: 'للرجال من عمر 18 عامًا الذين يتعرّضون للعنف في علاقة قريبة أو للعنف الجنسي. يمكن للأقارب والمهنيين الاتصال أيضًا.',
    },
  },
  'se-stodlinjen-transpersoner': {
    audience: ['victim', 'lgbtqi', 'relative', 'professional'], // "alla transpersoner från 18 år …", "närstående", "yrkesverksamma"
    name: { ar: 'خط الدعم للأشخاص العابرين جنسيًا' },
    description: {
      sv: 'För transpersoner från 18 år, även ickebinära och personer med transerfarenhet, som är utsatta för våld i en nära relation eller för sexuellt våld. Närstående och yrkesverksamma kan också ringa.',
      en: 'For trans people aged 18 and over, including non-binary people and people with trans experience, exposed to violence in a close relationship or to sexual violence. Relatives and professionals can call too.',
      ar: 'للأشخاص العابرين جنسيًا من عمر 18 عامًا، بمن فيهم غير الثنائيين وذوو التجربة العابرة، الذين يتعرّضون للعنف في علاقة قريبة أو للعنف الجنسي. يمكن للأقارب والمهنيين الاتصال أيضًا.',
    },
  },
  'se-ratt-att-valja': {
    audience: ['victim', 'relative', 'child'], // "personer i alla åldrar … hedersrelaterat våld och förtryck" (all ages: children too), "närstående"
    name: { ar: 'Rätt att välja – خط الدعم ضد العنف المرتبط بالشرف' },
    description: {
      sv: 'För dig i alla åldrar som är utsatt för, eller riskerar att utsättas för, hedersrelaterat våld och förtryck. Närstående kan också ringa.',
      en: 'For people of all ages who are exposed to, or at risk of, honour-related violence and oppression. Relatives can call too.',
      ar: 'للأشخاص من جميع الأعمار الذين يتعرّضون للعنف والقمع المرتبطين بالشرف أو المعرّضين لخطرهما. يمكن للأقارب الاتصال أيضًا.',
    },
  },
  'se-bris': {
    audience: ['child'], // "barn och unga under 18 år"
    name: { ar: 'Bris – خط مساعدة الأطفال' },
    description: {
      sv: 'För barn och unga under 18 år. Ring, mejla eller chatta via bris.se.',
      en: 'For children and young people under 18. Call, e-mail or chat at bris.se.',
      ar: 'للأطفال والشباب دون 18 عامًا. اتصل أو راسلهم بالبريد الإلكتروني أو تحدّث معهم كتابيًا عبر bris.se.',
    },
  },
  'se-kvinno-tjejjourer-roks': {
    audience: ['victim', 'child'], // "kvinnor", "tjejer och unga kvinnor 10–30 år (tjejjourer)"
    anonymous: true, // source "Roks: Vad är en kvinnojour?" supports "anonymous"
    name: { ar: 'Roks – مراكز دعم النساء والفتيات' },
    description: {
      sv: 'Lokala kvinno- och tjejjourer med jourtelefon, ibland chatt. Tjejjourerna är för dig som är 10–30 år. Hitta närmaste jour på roks.se.',
      en: "Local women's and girls' shelters with a helpline, sometimes chat. The girls' shelters are for ages 10–30. Find the nearest one at roks.se.",
      ar: 'مراكز محلية لدعم النساء والفتيات لها خط هاتفي، وأحيانًا دردشة كتابية. مراكز الفتيات لمن أعمارهن بين 10 و30 عامًا. ابحثي عن أقرب مركز في roks.se.',
    },
  },
  'se-jourer-unizon': {
    audience: ['victim', 'child'], // "kvinnor", "tjejer", "unga", "utsatta för sexuella övergrepp"
    free: true, // source supports "free"
    anonymous: true, // source supports "anonymous"
    name: { ar: 'Unizon – مراكز دعم النساء والفتيات والشباب' },
    description: {
      sv: 'Lokala kvinno-, tjej- och ungdomsjourer. Stöd via telefon, chatt eller på plats. Hitta närmaste jour på unizonjourer.se.',
      en: "Local women's, girls' and youth shelters. Support by phone, chat or in person. Find the nearest one at unizonjourer.se.",
      ar: 'مراكز محلية لدعم النساء والفتيات والشباب. الدعم عبر الهاتف أو الدردشة الكتابية أو حضوريًا. ابحث عن أقرب مركز في unizonjourer.se.',
    },
  },
  'se-polisen-11414': {
    audience: [], // "alla"
    name: { ar: 'الشرطة 114 14 (للحالات غير الطارئة)' },
    description: {
      sv: 'Kontakt med polisen när det inte är akut. Pågår ett brott just nu: ring 112.',
      en: 'To contact the police when it is not urgent. If a crime is happening now: call 112.',
      ar: 'للتواصل مع الشرطة عندما لا يكون الأمر طارئًا. إذا كانت هناك جريمة تحدث الآن: اتصل بالرقم 112.',
    },
  },
  'se-1177': {
    audience: [], // "alla"
    name: { ar: '1177 – الاستشارات الصحية' },
    description: {
      sv: 'Råd om vård, till exempel efter våld. Vid livshotande tillstånd: ring 112.',
      en: 'Healthcare advice, for example after violence. If a life is in danger: call 112.',
      ar: 'استشارات صحية، مثلًا بعد التعرّض للعنف. إذا كانت الحياة في خطر: اتصل بالرقم 112.',
    },
    note: {
      sv: 'Du behöver inte uppge ditt personnummer. Samtalen spelas in och rådgivningen skrivs in i journalen. Språkvalen skiljer sig mellan regionerna.',
      en: 'You do not have to give your personal identity number. Calls are recorded and the advice is written into your medical record. Language options differ between regions.',
      ar: 'لا يلزمك ذكر رقمك الشخصي. تُسجَّل المكالمات وتُدوَّن الاستشارة في سجلّك الطبي. تختلف خيارات اللغة بين المناطق.',
    },
  },
  'se-hedersfortryck-yrkesverksamma': {
    audience: ['professional'], // "yrkesverksamma och ideellt verksamma"; audienceFilter "staff-only"
    name: { ar: 'خط الدعم الوطني بشأن العنف المرتبط بالشرف (للمهنيين)' },
    description: {
      sv: 'Rådgivning för yrkesverksamma och ideellt verksamma.',
      en: 'Advice for professionals and volunteers.',
      ar: 'استشارات للمهنيين والمتطوعين.',
    },
    note: {
      sv: 'Avidentifiera ärendet: uppge inte namn eller personnummer.',
      en: 'Keep the case anonymous: do not give names or personal identity numbers.',
      ar: 'لا تكشف هوية الحالة: لا تذكر أسماء أو أرقامًا شخصية.',
    },
  },
};

/** The newest `YYYY-MM-DD` or `YYYY-MM` in a text, or undefined. */
function newestDate(texts) {
  const dates = texts.flatMap((t) => String(t ?? '').match(/\b\d{4}-\d{2}(-\d{2})?\b/g) ?? []);
  return dates.sort((a, b) => b.localeCompare(a))[0];
}

function convertHours(entry) {
  const specs = (entry.hoursAvailable ?? []).filter((s) => s.opens && s.closes);
  if (!specs.length) return undefined;
  const allDays = (s) => [...ALL_DAYS, 'PublicHolidays'].every((d) => s.dayOfWeek?.includes(d));
  if (entry.alwaysOpen === true && specs.some((s) => allDays(s) && s.opens === '00:00' && s.closes === '23:59'))
    return '24/7';
  const hours = specs.map((s) => ({ dayOfWeek: s.dayOfWeek, opens: s.opens, closes: s.closes }));
  // The research does not state hours for public holidays or the eves: make no claim for them.
  if (!specs.some((s) => s.dayOfWeek?.includes('PublicHolidays')))
    hours.push({ dayOfWeek: ['PublicHolidays', 'HolidayEves'] });
  return hours;
}

function convertChannels(entry) {
  const channels = [];
  for (const c of entry.channels ?? []) {
    if (c.type === 'phone' && c.display) channels.push({ type: 'phone', value: c.display });
    else if ((c.type === 'web' || c.type === 'chat') && c.href?.startsWith('https://'))
      channels.push({ type: c.type, value: c.href });
    else if (c.type === 'email' && c.href?.startsWith('mailto:'))
      channels.push({ type: 'email', value: c.href.slice(7) });
    // Anything else (a textphone note, an e-mail "via the website", SMS 112 that needs registration) is not a channel to show.
  }
  return channels;
}

function sourcesOf(entry) {
  const list = (entry.verifiedSource ?? []).filter((s) => s.url?.startsWith('https://'));
  const checked = entry.verification?.asOf ?? newestDate(list.map((s) => s.title));
  return { checked, list: list.map((s) => ({ url: s.url, title: s.title })) };
}

export function generate(research) {
  const byId = new Map(research.contacts.map((c) => [c.id, c]));
  const verified = research.contacts.filter((c) => c.verification?.status === 'verified');
  const problems = [];
  for (const entry of verified) {
    if (!EDITORIAL[entry.id])
      problems.push(
        `verified entry "${entry.id}" has no editorial mapping (audience codes, description) in scripts/national-contacts.mjs`
      );
  }
  const order = Object.keys(EDITORIAL).filter((id) => verified.some((c) => c.id === id));
  const stale = Object.keys(EDITORIAL).filter((id) => !order.includes(id));
  const blocks = [];
  const texts = Object.fromEntries(ON_DEMAND.map((lang) => [lang, {}]));
  for (const id of order) {
    const entry = byId.get(id);
    const editorial = EDITORIAL[id];
    const { checked, list } = sourcesOf(entry);
    const [first, ...more] = list;
    const contact = {
      id,
      name: { ...entry.name, ...editorial.name },
      description: editorial.description,
      audience: editorial.audience.length ? editorial.audience : undefined,
      professionalOnly: entry.audienceFilter === 'staff-only' ? true : undefined,
      channels: convertChannels(entry),
      hours: convertHours(entry),
      languages: entry.availableLanguage?.length ? entry.availableLanguage : undefined,
      interpreter: entry.interpreter?.available === true ? true : undefined,
      free: entry.free === true || editorial.free ? true : undefined,
      anonymous: entry.anonymous === true || editorial.anonymous ? true : undefined,
      notOnPhoneBill: entry.notOnPhoneBill === true ? true : undefined,
      note: editorial.note,
      source: first ? { url: first.url, title: first.title, checked } : undefined,
      sources: more.length ? more : undefined,
    };
    for (const field of TEXT_FIELDS) {
      const value = contact[field];
      if (!value || typeof value !== 'object') continue;
      for (const lang of ON_DEMAND) {
        if (value[lang] === undefined) continue;
        (texts[lang][id] ??= {})[field] = value[lang];
      }
      contact[field] = Object.fromEntries(Object.entries(value).filter(([lang]) => !ON_DEMAND.includes(lang)));
    }
    const notes = [
      `verification: ${entry.verification.status}${checked ? `, checked ${checked}` : ', UNDATED: the research gives no date for this entry'}`,
      ...(entry.verification.unverified ?? []).map((u) => `not verified (not shipped as fact): ${u}`),
    ];
    blocks.push(
      `  // ${id}\n${notes.map((n) => `  //   ${n}`).join('\n')}\n  ${JSON.stringify(contact, null, 2).replace(/\n/g, '\n  ')},`
    );
  }
  const emergency = byId.get('se-112');
  const emergencySources = emergency ? sourcesOf(emergency).list : [];
  const text = `// GENERATED by scripts/national-contacts.mjs from ../shared/data/support-contacts.research.json.
// Do not edit by hand: change the research file (or the editorial mapping in the script) and run
// \`node scripts/national-contacts.mjs\`. \`npm test\` fails when this file drifts from the research.
//
// Only entries with verification.status "verified" are here. A source without "checked" is
// undated in the research, and the card says so.
import type { Contact, Source } from './schema.js';

/**
 * The verified national support lines, in the order shown. Their texts are Swedish here; the
 * English and Arabic ones (national-contacts.{en,ar}.ts) are added to these objects when a page in
 * that language loads them (see addNationalTexts() in national-texts.ts).
 */
export const NATIONAL_CONTACTS: readonly Contact[] = [
${blocks.join('\n')}
];

/**
 * Sources for 112 (research status "${emergency?.verification?.status ?? 'missing'}": the number and when to call are
 * sourced; a 24/7 statement is not, so the card makes no opening-hours claim for 112). Undated.
 */
export const EMERGENCY_SOURCES: readonly Source[] = ${JSON.stringify(emergencySources, null, 2)};
`;
  const languageFiles = Object.fromEntries(
    ON_DEMAND.map((lang) => [
      lang,
      `// GENERATED by scripts/national-contacts.mjs with national-contacts.ts: do not edit by hand.
// The "${lang}" texts of the national lines, by contact id; loaded only on a page in that language.
import type { NationalTexts } from './national-texts.js';

export const texts: NationalTexts = ${JSON.stringify(texts[lang], null, 2)};
`,
    ])
  );
  return { text, languageFiles, problems, stale, shipped: order };
}

if (!existsSync(researchPath)) {
  const where = relative(root, researchPath);
  if (mode === 'check') {
    console.log(`national-contacts: SKIPPED, research file ${where} is absent (the committed module is not checked)`);
    process.exit(0);
  }
  console.error(`national-contacts: research file ${where} not found (set TRYGG_RESEARCH)`);
  process.exit(1);
}

const research = JSON.parse(readFileSync(researchPath, 'utf8'));
const generated = generate(research);
const { problems, stale, shipped } = generated;
// Written as Prettier writes them (npm test checks the format of the tree too).
const pretty = async (code, filepath) =>
  prettier.format(code, { ...(await prettier.resolveConfig(filepath)), filepath });
const text = await pretty(generated.text, outPath);
const languageFiles = Object.fromEntries(
  await Promise.all(ON_DEMAND.map(async (lang) => [lang, await pretty(generated.languageFiles[lang], outPathOf(lang))]))
);
for (const id of stale)
  console.warn(`national-contacts: editorial mapping for "${id}" is unused (not verified in the research file)`);
if (mode === 'check') {
  const drifted = [[outPath, text], ...ON_DEMAND.map((lang) => [outPathOf(lang), languageFiles[lang]])].filter(
    ([path, expected]) => (existsSync(path) ? readFileSync(path, 'utf8') : '') !== expected
  );
  for (const [path] of drifted)
    problems.push(
      `${relative(root, path)} differs from the research file's verified entries: run node scripts/national-contacts.mjs and review the diff`
    );
  if (problems.length) {
    console.error(`national-contacts: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`national-contacts: the modules match the research file (${shipped.length} verified lines + 112)`);
} else {
  writeFileSync(outPath, text);
  for (const lang of ON_DEMAND) writeFileSync(outPathOf(lang), languageFiles[lang]);
  if (problems.length) console.error(`national-contacts: ${problems.join('\n')}`);
  console.log(`national-contacts: wrote ${relative(root, outPath)} (${shipped.length} verified lines + 112 sources)`);
  if (problems.length) process.exit(1);
}
