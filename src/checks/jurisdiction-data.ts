import { jurisdictionIssues } from "../content/jurisdiction-rules";
import { type Jurisdiction, jurisdictionSchema } from "../content/model";
import { type Problem, problemsFromZod } from "./problems";

/** A content/law/ file read against the model: its record when the fields are valid, else the problems. */
export interface JurisdictionFile {
  file: string;
  slug: string;
  record?: Jurisdiction;
  problems: Problem[];
}

/** "content/law/new-york.yml" → "new-york": the name the file must have. */
export const slugOfLawFile = (file: string) => file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");

/** A jurisdiction's fields (as parsed from its file, or as the admin holds them) checked against the model. */
export function checkJurisdictionData(data: unknown, file: string): JurisdictionFile {
  const slug = slugOfLawFile(file);
  const result = jurisdictionSchema.safeParse(data ?? {});
  if (!result.success) return { file, slug, problems: problemsFromZod(file, result.error, Object.keys(jurisdictionSchema.shape), "jurisdiction") };
  return { file, slug, record: result.data, problems: [] };
}

/** What the build would refuse in one jurisdiction on `today`: the admin runs this before a save or a publish. */
export function jurisdictionEntryProblems(data: unknown, file: string, today: Date): Problem[] {
  const checked = checkJurisdictionData(data, file);
  if (!checked.record) return checked.problems;
  return jurisdictionIssues(checked.record, checked.slug, today)
    .filter((issue) => issue.level === "error")
    .map(({ field, message }) => ({ file, field, message }));
}
