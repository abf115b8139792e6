/**
 * Text measured and wrapped for SVG, which has no line wrapping of its own. Measured with a
 * canvas in the same generic font family the exported image names, so the browser that
 * renders the image lays it out as measured.
 */

/** Generic families only: an exported SVG must render without the dashboard's fonts. */
export const EXPORT_FONT = 'Arial, Helvetica, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.56;
  context.font = `${weight} ${size}px ${EXPORT_FONT}`;
  return context.measureText(text).width;
}

/** Greedy word wrap; a word wider than the line is cut where it must be. */
export function wrapText(text: string, size: number, weight: 400 | 700, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, weight) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, weight) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
