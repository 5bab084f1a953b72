// What a reader of the current page sees that is not in their language. Run in the page (Chromium
// through WebDriver, Firefox through BiDi) with the language the page should be in and the message
// areas; answers what it found, and how much text it looked at (so that it cannot pass on a blank page).
// serverProse: the English sentences the server wrote for what the page shows (credit factor details,
// explanations, notification summaries, partner measures, rule descriptions), which a page in another
// language must word itself.
async (language, areaList, extra, serverProse) => {
  const areas = areaList.split(',');
  const load = async (code) => Object.assign({}, ...await Promise.all(
    areas.map((a) => fetch(`/i18n/${code}/${a}.json`).then((r) => r.json()))));
  const [en, zh] = await Promise.all([load('en'), load('zh-CN')]);

  // the visible text, the select options and the texts a screen reader or a hover shows; without
  // the parts the page marks lang="en" (a server's English prose, such as a credit factor's detail)
  // or translate="no" (an API route in the audit)
  // when the question is whether the page's own words are in the reader's language
  const collect = (withEnglishData) => {
    const untranslated = 'main [lang="en"], main [translate="no"]';
    const skip = (el) => !withEnglishData && el.closest(untranslated);
    const marked = withEnglishData ? [] : [...document.querySelectorAll(untranslated)];
    const shown = marked.map((el) => el.style.display);
    marked.forEach((el) => { el.style.display = 'none'; });
    const parts = [document.title, document.body.innerText];
    marked.forEach((el, i) => { el.style.display = shown[i]; });
    for (const el of document.querySelectorAll('option')) if (!skip(el)) parts.push(el.textContent);
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest('[hidden]') || skip(el)) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) if (el.hasAttribute(a)) parts.push(el.getAttribute(a));
    }
    if (extra) parts.push(extra);
    return parts.join('\n');
  };
  const text = collect(true);
  const ownText = collect(false);

  // RAW_ENUM names; an identifier's id ("BANK_ACCOUNT:6222…") is an id, not a label
  const rawEnums = [...new Set([...text.matchAll(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b(?!:)/g)].map((m) => m[0]))];
  // message keys shown instead of their text
  const keys = Object.keys(en).filter((k) => text.includes(k));
  // English texts of the bundles on a Chinese page: each literal piece of at least four letters
  // that the Chinese text does not contain itself (CSV, PNG, Webhook…), as a whole word or phrase
  const english = [];
  if (language !== 'en') {
    for (const [k, v] of Object.entries(en)) {
      for (const piece of v.split(/\{\w+\}/).map((p) => p.trim())) {
        if ((piece.match(/[A-Za-z]/g) || []).length < 4 || (zh[k] || '').includes(piece)) continue;
        const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(ownText)) english.push(`${k}: ${piece}`);
      }
    }
  }
  // the server's English on a page in another language, marked lang="en" or not: each run of
  // words (lower-case but for a capital first letter), two or more of them or one of eight letters or
  // more ("age weight", "in force from", "Financial regulator", "blacklisting"); ids and enum names
  // are no words, and a lone short word ("against") may be anyone's
  const prose = [];
  if (language !== 'en') {
    for (const sentence of serverProse || []) {
      for (const piece of sentence.match(/[A-Za-z]?[a-z]+(?:[ -][A-Za-z]?[a-z]+)*/g) || []) {
        if ((piece.match(/[a-z]/g) || []).length < 4 || (!/[ -]/.test(piece) && piece.length < 8)) continue;
        const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text)) prose.push(piece);
      }
    }
  }
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c));
  return { chars: text.length, han: han.length, rawEnums, keys, english: [...new Set(english)], serverProse: [...new Set(prose)], lang: document.documentElement.lang,
    switchValue: document.getElementById('lang')?.value ?? null, sample: text.slice(0, 400) };
}
