import { Link } from "gatsby";

export interface PaginationProps {
  currentPage: number;
  numPages: number;
  pagePath: (page: number) => string;
  label: string;
}

/** First, last and the two pages either side of the current one; null marks a gap. */
export function visiblePages(currentPage: number, numPages: number): (number | null)[] {
  const shown = [...new Set([1, currentPage - 2, currentPage - 1, currentPage, currentPage + 1, currentPage + 2, numPages])].filter((page) => page >= 1 && page <= numPages).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - (shown[index - 1] as number) > 1 ? [null, page] : [page]));
}

export function Pagination({ currentPage, numPages, pagePath, label }: PaginationProps) {
  if (numPages < 2) return null;
  return (
    <nav className="pagination is-centered" aria-label={label}>
      {currentPage > 1 ? (
        <Link className="pagination-previous" to={pagePath(currentPage - 1)} rel="prev">
          Newer articles
        </Link>
      ) : (
        <span className="pagination-previous is-disabled" aria-hidden="true">
          Newer articles
        </span>
      )}
      {currentPage < numPages ? (
        <Link className="pagination-next" to={pagePath(currentPage + 1)} rel="next">
          Older articles
        </Link>
      ) : (
        <span className="pagination-next is-disabled" aria-hidden="true">
          Older articles
        </span>
      )}
      <ul className="pagination-list">
        {visiblePages(currentPage, numPages).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`}>
              <span className="pagination-ellipsis" aria-hidden="true">
                &hellip;
              </span>
            </li>
          ) : (
            <li key={page}>
              <Link className={`pagination-link${page === currentPage ? " is-current" : ""}`} to={pagePath(page)} aria-label={`Page ${page}`} aria-current={page === currentPage ? "page" : undefined}>
                {page}
              </Link>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
