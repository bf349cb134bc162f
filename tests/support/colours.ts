/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(20, 22, 26)". */
export function luminance(cssColour: string): number {
  const channels = cssColour
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) throw new Error(`not an rgb() colour: ${cssColour}`);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(cssColour: string): boolean {
  return luminance(cssColour) < 0.05;
}
