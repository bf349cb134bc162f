import { Link } from "gatsby";
import { routes } from "../content/routes";
import { SITE_NAME } from "../site-name";
import { useSafetySettings } from "./SafetyNotes";

export function SiteFooter() {
  // The first help line is the emergency number (content/settings/safety.yml), one tap away on every page.
  const emergency = useSafetySettings()?.helpLines[0];
  return (
    <footer className="footer site-footer">
      <div className="container content is-small">
        <p>
          {SITE_NAME} publishes information, not medical advice. Talk to a clinician about your own health.
          {emergency && (
            <>
              {" "}
              In an emergency, call <a href={`tel:${emergency.dial}`}>{emergency.number}</a>.
            </>
          )}
        </p>
        <nav aria-label="About this site">
          <ul className="site-footer-links">
            <li>
              <Link to={routes.about}>About and editorial policy</Link>
            </li>
            <li>
              <Link to={routes.disclaimer}>Medical disclaimer</Link>
            </li>
            <li>
              <Link to={routes.getHelp}>Get help</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
