export interface HelpLine {
  name: string;
  number: string;
  dial: string;
  description: string;
}

export interface SafetyText {
  disclaimer: string;
  helpHeading: string;
  helpLines: readonly HelpLine[];
}

export function HelpBox({ helpHeading, helpLines }: Pick<SafetyText, "helpHeading" | "helpLines">) {
  return (
    <aside className="help-box" aria-labelledby="help-box-heading">
      <h2 id="help-box-heading">{helpHeading}</h2>
      <ul>
        {helpLines.map((line) => (
          <li key={line.dial}>
            <a className="help-number" href={`tel:${line.dial}`}>
              <span className="help-name">{line.name}</span> <span className="help-digits">{line.number}</span>
            </a>
            <p>{line.description}</p>
          </li>
        ))}
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
