const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A date readers can read and machines can parse; UTC so the server and browser agree. */
export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{longDate.format(new Date(iso))}</time>;
}
