import { FormattedDate } from "../FormattedDate";

/** When the records were checked: one day, or the oldest and newest check. */
export function CheckedRange({ dates }: { dates: readonly string[] }) {
  const sorted = [...dates].sort();
  const [oldest, newest] = [sorted[0], sorted[sorted.length - 1]];
  if (!oldest || !newest) return null;
  return oldest === newest ? (
    <>
      checked on <FormattedDate iso={oldest} />
    </>
  ) : (
    <>
      checked between <FormattedDate iso={oldest} /> and <FormattedDate iso={newest} />
    </>
  );
}
