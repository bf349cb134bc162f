import { Link } from "gatsby";

export function SiteFooter() {
  return (
    <footer className="footer site-footer">
      <div className="container content is-small">
        <p>
          Kratom Facts publishes information, not medical advice. Talk to a clinician about your own health. In an emergency, call{" "}
          <a href="tel:911">911</a>.
        </p>
        <nav aria-label="About this site">
          <ul className="site-footer-links">
            <li>
              <Link to="/about/">About and editorial policy</Link>
            </li>
            <li>
              <Link to="/disclaimer/">Medical disclaimer</Link>
            </li>
            <li>
              <Link to="/get-help/">Get help</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
