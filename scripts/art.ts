/**
 * Illustrations drawn here as SVG, so every image the site ships is original and made in
 * this repository. No text inside the pictures: words belong in the page, where they can be
 * read aloud, translated and searched.
 */
export interface Artwork {
  file: string;
  alt: string;
  svg: string;
}

const W = 1600;
const H = 900;

function frame(background: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${background}${body}</svg>`;
}

function gradient(id: string, from: string, to: string, vertical = true): string {
  const [x2, y2] = vertical ? ["0", "1"] : ["1", "0"];
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`;
}

/** A kratom-like leaf: broad, ovate, pointed tip, pinnate veins. */
let leafCount = 0;

function leaf(cx: number, cy: number, length: number, angle: number, fill: string, vein: string): string {
  const clip = `leaf-${(leafCount += 1)}`;
  const w = length * 0.42;
  const half = length / 2;
  const outline = `M 0 ${-half} C ${w} ${-half * 0.55}, ${w} ${half * 0.45}, 0 ${half} C ${-w} ${half * 0.45}, ${-w} ${-half * 0.55}, 0 ${-half} Z`;
  const veins = Array.from({ length: 7 }, (_, i) => {
    const y = -half * 0.7 + i * ((half * 1.4) / 6);
    const reach = w * (0.85 - Math.abs(i - 3) * 0.1);
    return `<path d="M 0 ${y} Q ${reach * 0.5} ${y - length * 0.06}, ${reach} ${y - length * 0.14}" /><path d="M 0 ${y} Q ${-reach * 0.5} ${y - length * 0.06}, ${-reach} ${y - length * 0.14}" />`;
  }).join("");
  return `<g transform="translate(${cx} ${cy}) rotate(${angle})"><clipPath id="${clip}"><path d="${outline}"/></clipPath><path d="${outline}" fill="${fill}"/><path d="M 0 ${half} L 0 ${half * 1.15}" stroke="${vein}" stroke-width="${length * 0.014}"/><g clip-path="url(#${clip})" stroke="${vein}" stroke-width="${length * 0.012}" fill="none" stroke-linecap="round"><path d="M 0 ${-half} L 0 ${half}"/>${veins}</g></g>`;
}

const leafStudy = frame(
  gradient("bg", "#f3efe2", "#dfe8d2") + `<rect width="${W}" height="${H}" fill="url(#bg)"/>`,
  [
    leaf(560, 470, 620, -28, "#3f6b3a", "#9cc28a"),
    leaf(1010, 430, 560, 24, "#567f3f", "#b5d39c"),
    leaf(800, 640, 300, 82, "#2f5530", "#86b277"),
    `<circle cx="1330" cy="190" r="70" fill="#e7c768" opacity="0.7"/>`,
  ].join(""),
);

function tree(x: number, base: number, height: number, shade: string): string {
  const crown = Array.from({ length: 5 }, (_, i) => {
    const r = height * (0.26 - i * 0.025);
    const dx = (i % 2 === 0 ? 1 : -1) * height * 0.12 * (i / 2);
    return `<circle cx="${x + dx}" cy="${base - height * (0.6 + i * 0.09)}" r="${r}" fill="${shade}"/>`;
  }).join("");
  return `<rect x="${x - height * 0.03}" y="${base - height * 0.62}" width="${height * 0.06}" height="${height * 0.62}" fill="#4a3a2a"/>${crown}`;
}

const forestSunrise = frame(
  gradient("sky", "#f6c987", "#fbeed8") + `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
  [
    `<circle cx="1120" cy="520" r="150" fill="#f4a259" opacity="0.85"/>`,
    `<path d="M0 640 Q 400 560 800 620 T 1600 600 V 900 H 0 Z" fill="#8fae7c"/>`,
    tree(260, 700, 460, "#41663f"),
    tree(480, 720, 380, "#4f7a45"),
    tree(1380, 700, 500, "#365a35"),
    `<path d="M0 760 Q 500 690 1000 740 T 1600 730 V 900 H 0 Z" fill="#5d8350"/>`,
  ].join(""),
);

function capsule(x: number, y: number, angle: number, left: string, right: string): string {
  return `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M 0 -38 H -70 A 38 38 0 0 0 -70 38 H 0 Z" fill="${left}"/><path d="M 0 -38 H 70 A 38 38 0 0 1 70 38 H 0 Z" fill="${right}"/></g>`;
}

const productForms = frame(
  `<rect width="${W}" height="${H}" fill="#eef1ec"/>`,
  [
    `<ellipse cx="430" cy="650" rx="300" ry="70" fill="#c7d2bd"/>`,
    `<path d="M 170 650 Q 430 330 690 650 Z" fill="#7d9a5f"/>`,
    `<rect x="770" y="260" width="260" height="420" rx="40" fill="#ffffff" stroke="#5b6b57" stroke-width="10"/>`,
    `<rect x="800" y="200" width="200" height="80" rx="16" fill="#5b6b57"/>`,
    `<rect x="800" y="380" width="200" height="150" rx="12" fill="#dfe8d2"/>`,
    capsule(1260, 420, -20, "#3f6b3a", "#f3efe2"),
    capsule(1330, 560, 15, "#3f6b3a", "#f3efe2"),
    capsule(1180, 640, 40, "#3f6b3a", "#f3efe2"),
  ].join(""),
);

function box(x: number, y: number, fill: string): string {
  return `<rect x="${x}" y="${y}" width="360" height="220" rx="28" fill="${fill}"/>`;
}

function hexagonRing(cx: number, cy: number, r: number, stroke: string): string {
  const points = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i + Math.PI / 6;
    return `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
  }).join(" ");
  return `<polygon points="${points}" fill="none" stroke="${stroke}" stroke-width="12" stroke-linejoin="round"/>`;
}

const metabolismDiagram = frame(
  `<rect width="${W}" height="${H}" fill="#f7f5ef"/>`,
  [
    box(170, 340, "#dfe8d2"),
    hexagonRing(300, 450, 60, "#3f6b3a"),
    hexagonRing(404, 450, 60, "#3f6b3a"),
    `<path d="M 580 450 H 980" stroke="#5b6b57" stroke-width="16" stroke-linecap="round"/>`,
    `<path d="M 960 410 L 1020 450 L 960 490 Z" fill="#5b6b57"/>`,
    `<circle cx="780" cy="450" r="70" fill="#e7c768"/>`,
    `<circle cx="780" cy="450" r="34" fill="none" stroke="#7a5c12" stroke-width="10" stroke-dasharray="150 64"/>`,
    box(1070, 340, "#f3d9c4"),
    hexagonRing(1200, 450, 60, "#9a3b1f"),
    hexagonRing(1304, 450, 60, "#9a3b1f"),
    `<circle cx="1360" cy="372" r="18" fill="#9a3b1f"/>`,
  ].join(""),
);

function labelLines(x: number, y: number, widths: number[]): string {
  return widths.map((w, i) => `<rect x="${x}" y="${y + i * 46}" width="${w}" height="18" rx="9" fill="#9aa595"/>`).join("");
}

const productLabel = frame(
  `<rect width="${W}" height="${H}" fill="#e9ece6"/>`,
  [
    `<rect x="520" y="110" width="560" height="700" rx="36" fill="#ffffff" stroke="#5b6b57" stroke-width="10"/>`,
    `<rect x="570" y="170" width="460" height="90" rx="14" fill="#3f6b3a"/>`,
    labelLines(570, 310, [420, 360, 440, 300, 400, 260, 380]),
    `<circle cx="1180" cy="640" r="120" fill="none" stroke="#9a3b1f" stroke-width="22"/>`,
    `<path d="M 1265 725 L 1360 820" stroke="#9a3b1f" stroke-width="34" stroke-linecap="round"/>`,
  ].join(""),
);

const helpHands = frame(
  gradient("warm", "#e4eef3", "#f4efe4", false) + `<rect width="${W}" height="${H}" fill="url(#warm)"/>`,
  [
    `<path d="M 800 690 C 560 540, 470 380, 590 290 C 680 225, 770 270, 800 340 C 830 270, 920 225, 1010 290 C 1130 380, 1040 540, 800 690 Z" fill="#c65b47"/>`,
    `<path d="M 330 760 Q 560 640 760 700 L 760 760 Q 560 720 380 820 Z" fill="#5b7f95"/>`,
    `<path d="M 1270 760 Q 1040 640 840 700 L 840 760 Q 1040 720 1220 820 Z" fill="#5b7f95"/>`,
  ].join(""),
);

function checkBox(x: number, y: number): string {
  return `<rect x="${x}" y="${y}" width="44" height="44" rx="8" fill="none" stroke="#5b6b57" stroke-width="8"/>`;
}

const evidenceChart = frame(
  `<rect width="${W}" height="${H}" fill="#eef2f4"/>`,
  [
    `<rect x="430" y="90" width="740" height="740" rx="36" fill="#ffffff" stroke="#5b6b57" stroke-width="10"/>`,
    `<rect x="660" y="60" width="280" height="70" rx="18" fill="#5b6b57"/>`,
    `<path d="M 510 560 H 1090" stroke="#9aa595" stroke-width="8"/>`,
    `<rect x="540" y="470" width="80" height="90" fill="#7d9a5f"/>`,
    `<rect x="660" y="400" width="80" height="160" fill="#7d9a5f"/>`,
    `<rect x="780" y="440" width="80" height="120" fill="#7d9a5f"/>`,
    `<rect x="900" y="330" width="80" height="230" fill="#c9b458"/>`,
    checkBox(540, 620),
    `<rect x="610" y="632" width="300" height="18" rx="9" fill="#9aa595"/>`,
    checkBox(540, 700),
    `<rect x="610" y="712" width="240" height="18" rx="9" fill="#9aa595"/>`,
  ].join(""),
);

const riskCaution = frame(
  gradient("calm", "#f6f1e7", "#efe6da") + `<rect width="${W}" height="${H}" fill="url(#calm)"/>`,
  [
    `<path d="M 500 170 L 780 690 H 220 Z" fill="#e9b53d" stroke="#7a5c12" stroke-width="16" stroke-linejoin="round"/>`,
    `<rect x="482" y="330" width="36" height="210" rx="18" fill="#3b2d0c"/>`,
    `<circle cx="500" cy="600" r="24" fill="#3b2d0c"/>`,
    `<path d="M 900 420 C 900 300, 1080 260, 1230 300 C 1380 340, 1420 430, 1340 520 C 1270 600, 1120 640, 1020 600 C 940 570, 900 500, 900 420 Z" fill="#a8563f"/>`,
    `<path d="M 1080 330 C 1100 420, 1090 520, 1060 600" stroke="#7d3a28" stroke-width="10" fill="none" stroke-linecap="round"/>`,
  ].join(""),
);

const lawScales = frame(
  `<rect width="${W}" height="${H}" fill="#edf0f3"/>`,
  [
    `<rect x="560" y="700" width="480" height="40" rx="10" fill="#c7cdd4"/>`,
    `<rect x="590" y="660" width="420" height="40" rx="10" fill="#dde2e7"/>`,
    `<rect x="620" y="620" width="360" height="40" rx="10" fill="#c7cdd4"/>`,
    `<rect x="785" y="190" width="30" height="430" fill="#5b6b57"/>`,
    `<rect x="540" y="200" width="520" height="22" rx="11" fill="#5b6b57"/>`,
    `<path d="M 580 222 L 500 420 M 580 222 L 660 420 M 1020 222 L 940 420 M 1020 222 L 1100 420" stroke="#5b6b57" stroke-width="6"/>`,
    `<path d="M 480 420 H 680 A 100 50 0 0 1 480 420 Z" fill="#c9a94a"/>`,
    `<path d="M 920 420 H 1120 A 100 50 0 0 1 920 420 Z" fill="#c9a94a"/>`,
    `<circle cx="800" cy="180" r="30" fill="#5b6b57"/>`,
  ].join(""),
);

export const artworks: Artwork[] = [
  { file: "kratom-leaves.jpg", alt: "Illustration of three broad, pointed green leaves with pale veins.", svg: leafStudy },
  { file: "forest-sunrise.jpg", alt: "Illustration of rounded tropical trees on green hills with an orange sun low in the sky.", svg: forestSunrise },
  { file: "product-forms.jpg", alt: "Illustration of a mound of green powder, a white bottle and three two-tone capsules.", svg: productForms },
  { file: "metabolism-diagram.jpg", alt: "Diagram: a green two-ring molecule, an arrow through a yellow enzyme ring, and a rust-coloured molecule with one extra group.", svg: metabolismDiagram },
  { file: "product-label.jpg", alt: "Illustration of a product label with lines of small print and a magnifying glass over its corner.", svg: productLabel },
  { file: "evidence-chart.jpg", alt: "Illustration of a clipboard with a small bar chart and a column of empty check boxes.", svg: evidenceChart },
  { file: "risk-caution.jpg", alt: "Illustration of a yellow caution triangle beside a stylised liver.", svg: riskCaution },
  { file: "law-scales.jpg", alt: "Illustration of balance scales above a stack of papers.", svg: lawScales },
  { file: "helping-hands.jpg", alt: "Illustration of a red heart above two curved blue shapes like open hands.", svg: helpHands },
];

/** The square app icon: one leaf on the site's green, readable down to a 16-pixel favicon. */
const appIcon = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#34632e"/>${leaf(256, 250, 380, 32, "#e8f0dc", "#34632e")}</svg>`;

/** Images the site itself uses (src/images): its link-preview card where a page has no picture, and its icon. */
export const siteImages: Artwork[] = [
  { file: "site-card.jpg", alt: "Illustration of three broad, pointed green leaves with pale veins.", svg: leafStudy },
  { file: "icon.png", alt: "", svg: appIcon },
];
