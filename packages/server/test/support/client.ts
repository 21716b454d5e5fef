export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

type Json = Record<string, unknown>;

/**
 * A small HTTP client that behaves like the web app: it keeps cookies, fetches the CSRF token
 * from GET /api/auth/session and sends it on every state-changing request.
 */
export class Client {
  private cookies = new Map<string, string>();
  csrfToken: string | undefined;

  /** `sessionPath`: where the CSRF token comes from (the worker's or the portal's session). */
  constructor(
    readonly baseUrl: string,
    readonly sessionPath = "/api/auth/session",
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async raw(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer<Json>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}), ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    this.remember(response.headers);
    const text = await response.text();
    let body: Json = {};
    try {
      body = text ? (JSON.parse(text) as Json) : {};
    } catch {
      body = { text };
    }
    return { status: response.status, body, headers: response.headers };
  }

  async request<T = Json>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const stateChanging = method !== "GET" && method !== "HEAD";
    if (stateChanging && this.csrfToken === undefined) await this.session();
    const answer = await this.raw(method, path, {
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(stateChanging && this.csrfToken ? { "x-csrf-token": this.csrfToken } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return answer as Answer<T>;
  }

  get<T = Json>(path: string): Promise<Answer<T>> {
    return this.request<T>("GET", path);
  }
  post<T = Json>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer<T>> {
    return this.request<T>("POST", path, body ?? {}, headers);
  }
  put<T = Json>(path: string, body: unknown): Promise<Answer<T>> {
    return this.request<T>("PUT", path, body);
  }
  patch<T = Json>(path: string, body: unknown): Promise<Answer<T>> {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = Json>(path: string): Promise<Answer<T>> {
    return this.request<T>("DELETE", path);
  }

  async session(): Promise<Answer> {
    const answer = await this.raw("GET", this.sessionPath);
    this.csrfToken = answer.body.csrfToken as string;
    return answer;
  }

  async login(email: string, password: string): Promise<Answer> {
    await this.session();
    const answer = await this.post("/api/auth/login", { email, password });
    if (answer.status === 200) this.csrfToken = answer.body.csrfToken as string;
    return answer;
  }
}

/** A browser of a person: the portal's session and CSRF token. */
export function portalClient(baseUrl: string): Client {
  return new Client(baseUrl, "/api/portal/session");
}

/** Logs in and fails loudly, for tests whose subject is not the login itself. */
export async function loggedIn(baseUrl: string, email: string, password: string): Promise<Client> {
  const client = new Client(baseUrl);
  const answer = await client.login(email, password);
  if (answer.status !== 200) throw new Error(`login of ${email} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return client;
}
