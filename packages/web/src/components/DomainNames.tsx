import type { ReactNode } from "react";
import { useLifeDomains } from "../hooks/useLifeDomains.tsx";

/** Life domains by the organisation's names, in its order ("Wonen, Inkomen en schulden"). */
export function DomainNames({ keys }: { keys: readonly string[] }): ReactNode {
  const domains = useLifeDomains();
  return <>{domains.ordered(keys).map((key) => domains.name(key)).join(", ")}</>;
}
