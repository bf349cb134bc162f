import { parse } from "yaml";
import type { Problem } from "./problems";

/**
 * A YAML data file (settings, a jurisdiction) parsed as YAML 1.2 core, the way the admin writes
 * it: its data, or the one problem that says why it could not be read.
 */
export function parseYamlFile(text: string, file: string): { data: unknown; problem?: undefined } | { data?: undefined; problem: Problem } {
  try {
    return { data: parse(text, { schema: "core" }) };
  } catch (error) {
    return { problem: { file, field: "file", message: `is not valid YAML: ${(error as Error).message.split("\n")[0]}` } };
  }
}
