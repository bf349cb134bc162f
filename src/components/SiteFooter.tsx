import { Link } from "gatsby";
import { routes } from "../content/routes";
import { SITE_NAME } from "../site-name";

export function SiteFooter() {
  return (
    <footer className="footer site-footer">
      <div className="container content is-small">
        <p>
          {SITE_NAME} publishes information, not medical advice. Talk to a clinician about your own health. In an emergency, call <a href="tel:911">911</a>.
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
