/**
 * A chart as one self-contained SVG that carries its own context: title, filters and measure,
 * data date (and "demo data" when it is), the legend, the drawing, the definition and the
 * source. The drawing is the chart's own SVG, cloned with its computed styles written on every
 * element (the dashboard's stylesheet does not travel with the file), fonts named by generic
 * family, and the hatching patterns it uses copied in.
 */
import { pdfText } from '../pdf-text.ts';
import type { FigureText } from '../report-types.ts';
import { EXPORT_FONT, textWidth, wrapText } from './measure-text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 28;
/** Narrow charts (a small multiple) still get a header wide enough to read. */
const MIN_CONTENT_WIDTH = 760;
const ID_PREFIX = 'koers-export-';

export interface ComposeOptions {
  /** Words around the drawing; null draws only the legend and the chart (the PDF sets its own text). */
  text: FigureText | null;
  /** For svg2pdf and jsPDF's fonts: Windows-1252 text and no label halos (svg2pdf has no paint-order). */
  forPdf?: boolean;
  /**
   * Words of the legend and the drawing this many times their size on screen (with the badges
   * that hold them), for a paper copy drawn smaller than the screen; the file's box grows to hold
   * any word that would then stick out.
   */
  textScale?: number;
}

interface CloneOptions {
  forPdf: boolean;
  textScale: number;
}

export interface ComposedSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

type Attributes = Record<string, string | number>;

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity'] as const;
const TEXT = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'paint-order'] as const;
const DRAWN = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan']);
const DROPPED_ATTRIBUTES = /^(?:class|style|role|tabindex|focusable|data-.*|aria-.*|name|orientation|angle)$/;
/** Box attributes Recharts leaves on shapes that have their own geometry (meaningless in SVG). */
const BOX_ATTRIBUTES = ['x', 'y', 'width', 'height'];
const OWN_GEOMETRY = new Set(['path', 'line', 'circle', 'polygon', 'polyline']);

function isTransparent(value: string): boolean {
  return value === 'transparent' || /^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$/.test(value);
}

/** A computed value as an SVG presentation attribute, or null when it is the default. */
function attributeValue(property: string, value: string): string | null {
  if (!value) return null;
  switch (property) {
    case 'fill':
    case 'stroke': {
      if (isTransparent(value)) return 'none';
      const reference = /^url\(\s*"?#([^")]+)"?\s*\)/.exec(value);
      return reference ? `url(#${ID_PREFIX}${reference[1]})` : value;
    }
    case 'stroke-dasharray':
      return value === 'none' ? null : value.replace(/px/g, '');
    case 'stroke-width':
    case 'font-size':
      return value.replace(/px$/, '');
    case 'opacity':
    case 'fill-opacity':
    case 'stroke-opacity':
      return value === '1' ? null : value;
    case 'stroke-linecap':
      return value === 'butt' ? null : value;
    case 'stroke-linejoin':
      return value === 'miter' ? null : value;
    case 'paint-order':
      return value === 'normal' ? null : value;
    default:
      return value;
  }
}

/**
 * Writes the computed style of `source` (in the page) onto `target` (its clone), for the whole
 * tree, and collects what the file should not keep: hidden elements and transparent hit areas.
 */
function inlineStyles(source: Element, target: Element, options: CloneOptions, drop: Element[]): void {
  const { forPdf, textScale } = options;
  for (const attribute of [...target.attributes]) if (DROPPED_ATTRIBUTES.test(attribute.name)) target.removeAttribute(attribute.name);
  if (OWN_GEOMETRY.has(target.localName)) for (const name of BOX_ATTRIBUTES) target.removeAttribute(name);
  if ((target.localName === 'title' || target.localName === 'desc') && !target.textContent?.trim()) {
    drop.push(target);
    return;
  }
  if (!(source instanceof SVGElement) || source.localName === 'foreignObject') {
    drop.push(target);
    return;
  }
  const style = getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') {
    drop.push(target);
    return;
  }
  const tag = source.localName;
  if (DRAWN.has(tag)) {
    for (const property of PAINT) {
      const value = attributeValue(property, style.getPropertyValue(property));
      if (value !== null) target.setAttribute(property, value);
    }
    if (tag === 'rect' && target.getAttribute('fill') === 'none' && (target.getAttribute('stroke') ?? 'none') === 'none') {
      drop.push(target);
      return;
    }
  }
  if (tag === 'text' || tag === 'tspan') {
    for (const property of TEXT) {
      const value = attributeValue(property, style.getPropertyValue(property));
      if (value !== null) target.setAttribute(property, value);
    }
    target.setAttribute('font-family', EXPORT_FONT);
    const size = Number(target.getAttribute('font-size'));
    if (textScale !== 1 && size > 0) target.setAttribute('font-size', String(size * textScale));
    if (forPdf) {
      // svg2pdf would paint the white halo over the letters.
      target.removeAttribute('paint-order');
      target.setAttribute('stroke', 'none');
      for (const node of target.childNodes) if (node.nodeType === Node.TEXT_NODE) node.textContent = pdfText(node.textContent ?? '');
    }
  }
  // An event's number sits in a badge: the badge grows with it.
  if (textScale !== 1 && tag === 'circle' && source.parentElement?.querySelector(':scope > .rchart__event-number')) {
    target.setAttribute('r', String(Number(source.getAttribute('r') ?? 0) * textScale));
  }
  const sourceChildren = [...source.children];
  const targetChildren = [...target.children];
  sourceChildren.forEach((child, i) => {
    const clone = targetChildren[i];
    if (clone) inlineStyles(child, clone, options, drop);
  });
}

/** A deep clone of an element of the page, styled as it is shown, ready for a standalone file. */
function cloneStyled(source: Element, options: CloneOptions): Element {
  const clone = source.cloneNode(true) as Element;
  const drop: Element[] = [];
  inlineStyles(source, clone, options, drop);
  for (const node of drop) node.remove();
  return clone;
}

/** Copies the patterns the drawing refers to (the shared hatching of ChartPatterns) under their export ids. */
function copyPatterns(root: SVGSVGElement, defs: SVGDefsElement): void {
  const used = new Set<string>();
  for (const node of root.querySelectorAll('[fill^="url(#"], [stroke^="url(#"]')) {
    for (const attribute of ['fill', 'stroke']) {
      const match = /^url\(#([^)]+)\)/.exec(node.getAttribute(attribute) ?? '');
      if (match) used.add(match[1]!);
    }
  }
  for (const id of used) {
    const original = document.getElementById(id.slice(ID_PREFIX.length));
    if (!original) continue;
    const pattern = original.cloneNode(true) as Element;
    pattern.setAttribute('id', id);
    defs.append(pattern);
  }
}

function writeLines(group: SVGGElement, lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attributes: Attributes): number {
  let cursor = y;
  for (const line of lines) {
    cursor += lineHeight;
    group.append(
      element(
        'text',
        { x, y: cursor - (lineHeight - size) / 2 - size * 0.18, 'font-size': size, 'font-style': 'normal', 'font-weight': 400, ...attributes },
        line,
      ),
    );
  }
  return cursor;
}

/** The drawing of a ChartFigure element, with its legend, and the given words around it. */
export function composeFigureSvg(figure: HTMLElement, options: ComposeOptions): ComposedSvg {
  const { text, forPdf = false, textScale = 1 } = options;
  const cloneOptions: CloneOptions = { forPdf, textScale };
  const say = (value: string) => (forPdf ? pdfText(value) : value);
  // A Recharts chart's surface, or a drawing that says it is one (the map of Flanders).
  const plot = figure.querySelector<SVGSVGElement>('.chart-figure__plot .rchart svg.recharts-surface, .chart-figure__plot svg[data-export-drawing]');
  const box = plot?.viewBox.baseVal;
  const chartWidth = plot ? (box && box.width > 0 ? box.width : plot.getBoundingClientRect().width) : 0;
  const chartHeight = plot ? (box && box.height > 0 ? box.height : plot.getBoundingClientRect().height) : 0;
  const contentWidth = Math.max(chartWidth, text ? MIN_CONTENT_WIDTH : 0, 320);
  const width = Math.ceil(contentWidth + PAD * 2);

  const svg = element('svg', { xmlns: SVG_NS, version: '1.1', 'font-family': EXPORT_FONT });
  const defs = element('defs');
  const background = element('rect', { x: 0, y: 0, width, fill: '#ffffff' });
  const body = element('g');
  svg.append(defs, background, body);
  if (text) {
    svg.insertBefore(element('title', {}, say(text.title)), defs);
    svg.insertBefore(element('desc', {}, say([...text.lines, ...text.footer].join(' · '))), defs);
  }

  let y = text ? PAD - 6 : 4;
  if (text) {
    const words = element('g', { 'data-export': 'header' });
    y = writeLines(words, wrapText(say(text.title), 24, 700, contentWidth), PAD, y, 24, 31, { 'font-weight': 700, fill: '#1a1a1a' });
    y += 4;
    for (const line of text.lines) y = writeLines(words, wrapText(say(line), 15, 400, contentWidth), PAD, y, 15, 21, { fill: '#333333' });
    if (text.notice) y = writeLines(words, wrapText(say(text.notice), 15, 700, contentWidth), PAD, y, 15, 21, { 'font-weight': 700, fill: '#8a3b00' });
    body.append(words);
    y += 14;
  }

  // The legend, drawn with the chart's own swatches (dash, marker and hatching as on screen).
  const items = [...figure.querySelectorAll<HTMLLIElement>('.chart-legend > li')];
  if (items.length) {
    const legend = element('g', { 'data-export': 'legend' });
    const labelSize = 14 * textScale;
    const lineHeight = labelSize * 1.25;
    const rowHeight = Math.max(26, labelSize + 12);
    let x = PAD;
    let rowTop = y;
    let rowBottom = y + rowHeight;
    for (const item of items) {
      const swatch = item.querySelector('svg');
      // The words only (an event's swatch has its number in it).
      const label = say((item.querySelector(':scope > span')?.textContent ?? item.textContent ?? '').replace(/\s+/g, ' ').trim());
      // A label wider than the drawing wraps under itself.
      const lines = wrapText(label, labelSize, 400, contentWidth - 44);
      const itemWidth = 36 + 8 + Math.max(...lines.map((line) => textWidth(line, labelSize))) + 26;
      if (x > PAD && x + itemWidth - 26 > PAD + contentWidth) {
        x = PAD;
        rowTop = rowBottom;
      }
      rowBottom = Math.max(rowBottom, rowTop + rowHeight + (lines.length - 1) * lineHeight);
      const group = element('g', { transform: `translate(${x} ${rowTop + 5})` });
      if (swatch) for (const child of swatch.children) group.append(cloneStyled(child, cloneOptions));
      lines.forEach((line, i) => {
        group.append(
          element(
            'text',
            {
              x: 44,
              y: 13 + (labelSize - 14) * 0.35 + i * lineHeight,
              'font-size': labelSize,
              'font-style': 'normal',
              'font-weight': 400,
              fill: '#1a1a1a',
              'font-family': EXPORT_FONT,
            },
            line,
          ),
        );
      });
      legend.append(group);
      x += itemWidth;
    }
    body.append(legend);
    y = rowBottom + 10;
  }

  if (plot) {
    const drawing = element('g', { 'data-export': 'chart', transform: `translate(${PAD + (contentWidth - chartWidth) / 2} ${y})` });
    const clone = cloneStyled(plot, cloneOptions);
    for (const child of [...clone.children]) drawing.append(child);
    body.append(drawing);
    y += chartHeight;
  }

  if (text?.footer.length) {
    const words = element('g', { 'data-export': 'footer' });
    y += 14;
    for (const line of text.footer) y = writeLines(words, wrapText(say(line), 13, 400, contentWidth), PAD, y, 13, 18, { fill: '#4d4d4d' });
    body.append(words);
  }

  const height = Math.ceil(y + (text ? PAD - 6 : 4));
  setBox(svg, background, { x: 0, y: 0, width, height });
  copyPatterns(svg, defs);
  if (textScale === 1) return { svg, width, height };
  // Larger words may now stick out of the box the screen's layout left them (long names left of
  // a ranking's bars): grow the box to hold them.
  const drawn = measuredBox(svg);
  const x0 = Math.floor(Math.min(0, drawn.x - 4));
  const y0 = Math.floor(Math.min(0, drawn.y - 4));
  const grown = {
    x: x0,
    y: y0,
    width: Math.ceil(Math.max(width, drawn.x + drawn.width + 4) - x0),
    height: Math.ceil(Math.max(height, drawn.y + drawn.height + 4) - y0),
  };
  setBox(svg, background, grown);
  return { svg, width: grown.width, height: grown.height };
}

function setBox(svg: SVGSVGElement, background: SVGRectElement, box: { x: number; y: number; width: number; height: number }): void {
  svg.setAttribute('width', String(box.width));
  svg.setAttribute('height', String(box.height));
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  for (const key of ['x', 'y', 'width', 'height'] as const) background.setAttribute(key, String(box[key]));
}

/** What the drawing covers, measured by the browser (the element is attached, unseen, while measured). */
function measuredBox(svg: SVGSVGElement): DOMRect {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;width:0;height:0;overflow:hidden;';
  host.append(svg);
  document.body.append(host);
  try {
    return svg.getBBox();
  } finally {
    host.remove();
    svg.remove();
  }
}

/** The standalone file's text. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
