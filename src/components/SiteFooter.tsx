export function SiteFooter() {
  return (
    <footer className="footer site-footer">
      <div className="container content is-small">
        <p>
          Kratom Facts publishes information, not medical advice. Talk to a clinician about your own health. In an emergency, call{" "}
          <a href="tel:911">911</a>.
        </p>
      </div>
    </footer>
  );
}
