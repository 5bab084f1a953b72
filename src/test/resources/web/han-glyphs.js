// Whether the Han characters of an element are drawn with real glyphs: each is one em wide (CJK
// glyphs are full width), something is drawn (not a blank), and its pixels differ from those of a
// character no font has (the box or blank a browser draws instead; its width alone does not tell,
// Chromium's box is one em too).
(css) => {
  const el = document.querySelector(css);
  const font = getComputedStyle(el).fontFamily;
  const probe = (ch) => {
    const s = document.createElement('span');
    s.style.cssText = 'font-size:100px;font-weight:400;position:absolute;white-space:pre;visibility:hidden';
    s.textContent = ch;
    el.append(s);
    const w = s.getBoundingClientRect().width;
    s.remove();
    return w;
  };
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (ch) => {
    g.clearRect(0, 0, 64, 64);
    g.font = `48px ${font}`;
    g.fillStyle = '#000';
    g.textBaseline = 'top';
    g.fillText(ch, 4, 4);
    return g.getImageData(0, 0, 64, 64).data;
  };
  const pixels = (ch) => Array.from(draw(ch)).join(',');
  const inked = (ch) => draw(ch).some((v, i) => i % 4 === 3 && v > 0);
  const missing = pixels('\u0378');
  const han = [...new Set([...el.textContent].filter((c) => /\p{Script=Han}/u.test(c)))].slice(0, 40);
  return { han: han.join(''), widths: han.map(probe), missingWidth: probe('\u0378'),
    likeMissing: han.filter((c) => pixels(c) === missing).join(''), blank: han.filter((c) => !inked(c)).join(''),
    distinct: new Set(han.map(pixels)).size, font };
}
