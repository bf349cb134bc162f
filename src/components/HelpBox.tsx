import { Link } from "gatsby";
import { routes } from "../content/routes";

export interface HelpLine {
  name: string;
  number: string;
  dial: string;
  description: string;
}

/** content/settings/safety.yml: what every article says about help, edited in one place. */
export interface SafetyText {
  disclaimer: string;
  stripHeading: string;
  overdoseAction: string;
  overdoseGuidePath: string;
  helpHeading: string;
  helpLines: readonly HelpLine[];
  spanishNote: string;
}

function DialLink({ line }: { line: HelpLine }) {
  return (
    <a className="help-number" href={`tel:${line.dial}`}>
      <span className="help-name">{line.name}</span> <span className="help-digits">{line.number}</span>
    </a>
  );
}

/** The full help box at the end of every article and page: each line, and when to call it. */
export function HelpBox({ helpHeading, helpLines, spanishNote }: Pick<SafetyText, "helpHeading" | "helpLines" | "spanishNote">) {
  return (
    <aside className="help-box" aria-labelledby="help-box-heading">
      <h2 id="help-box-heading">{helpHeading}</h2>
      <ul>
        {helpLines.map((line) => (
          <li key={line.dial}>
            <DialLink line={line} />
            <p>{line.description}</p>
          </li>
        ))}
      </ul>
      {spanishNote && (
        <p className="help-spanish" lang="es">
          {spanishNote}
        </p>
      )}
    </aside>
  );
}

/**
 * The compact strip right after an article's key points: a reader in trouble should not have
 * to scroll past the references to find a number.
 */
export function HelpStrip({ stripHeading, overdoseAction, overdoseGuidePath, helpLines }: Pick<SafetyText, "stripHeading" | "overdoseAction" | "overdoseGuidePath" | "helpLines">) {
  return (
    <aside className="help-strip" aria-labelledby="help-strip-heading" data-pagefind-ignore="all">
      <h2 id="help-strip-heading">{stripHeading}</h2>
      <p className="help-strip-action">
        {overdoseAction} <Link to={overdoseGuidePath}>What to do in an overdose, step by step</Link>
      </p>
      <ul className="help-strip-lines">
        {helpLines.map((line) => (
          <li key={line.dial}>
            <DialLink line={line} />
          </li>
        ))}
        <li>
          <Link className="help-strip-more" to={routes.getHelp}>
            Get help: all lines, text and chat
          </Link>
        </li>
      </ul>
    </aside>
  );
}

export function Disclaimer({ text }: { text: string }) {
  return (
    <aside className="disclaimer" aria-label="Medical disclaimer">
      <p>
        <strong>Not medical advice.</strong> {text}
      </p>
    </aside>
  );
}
