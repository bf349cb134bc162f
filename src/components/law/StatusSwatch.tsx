/**
 * The fill of a status on the map, as a small square: colour and pattern together, so a status
 * never rests on colour alone (the patterns are defined once per page by <MapPatterns>).
 */
export function StatusSwatch({ status }: { status: string }) {
  return (
    <svg className="law-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" className={`law-fill law-fill-${status}`} />
    </svg>
  );
}

/** The four patterns, each over its status colour (set by CSS, so both themes have their own). */
export function MapPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        <pattern id="law-pattern-banned" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="law-bg-banned" />
          <path d="M0 0L6 6M6 0L0 6" className="law-mark" strokeWidth="1.2" />
        </pattern>
        <pattern id="law-pattern-regulated" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="law-bg-regulated" />
          <path d="M0 0V6" className="law-mark" strokeWidth="1.5" />
        </pattern>
        <pattern id="law-pattern-no-state-law-found" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="law-bg-no-state-law-found" />
        </pattern>
        <pattern id="law-pattern-unconfirmed" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="law-bg-unconfirmed" />
          <circle cx="3" cy="3" r="1.2" className="law-dot" />
        </pattern>
      </defs>
    </svg>
  );
}
