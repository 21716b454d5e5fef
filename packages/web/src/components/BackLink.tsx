import type { ReactNode } from "react";
import { Link } from "react-router";

/** "← Back to …" above a page's heading; the arrow turns in a right-to-left language. */
export function BackLink({ to, children }: { to: string; children: string }): ReactNode {
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true" className="back-arrow">
          ←
        </span>
        {children}
      </Link>
    </p>
  );
}
