// Stands in for the markdown widget's MarkdownControl when its serializers run outside the
// admin (scripts/rich-text-roundtrip.ts): no editor components are registered, as in our admin.
import { Map } from "immutable";
export function getEditorComponents() {
  return Map();
}
