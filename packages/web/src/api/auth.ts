import type { UiLanguage } from "@nabij/domain";
import { api, setCsrfToken } from "./client.ts";
import type { SessionInfo, User } from "./types.ts";

interface LoginAnswer {
  user: User;
  csrfToken: string;
}

/** Reads who is logged in and keeps the CSRF token for the next state-changing request. */
export async function fetchSession(): Promise<SessionInfo> {
  const session = await api.get<SessionInfo>("/api/auth/session", { redirectOn401: false });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(email: string, password: string): Promise<User> {
  // The login form may have been open for a long time: a fresh token avoids a csrf_failed.
  await fetchSession();
  const answer = await api.post<LoginAnswer>("/api/auth/login", { email, password }, { redirectOn401: false });
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

export async function logout(): Promise<void> {
  await api.post<unknown>("/api/auth/logout", {}, { redirectOn401: false });
  setCsrfToken(null);
}

export async function acceptInvitation(token: string, password: string): Promise<User> {
  await fetchSession();
  const answer = await api.post<LoginAnswer>("/api/auth/accept-invitation", { token, password }, { redirectOn401: false });
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

export async function saveLanguage(language: UiLanguage): Promise<User> {
  const answer = await api.patch<{ user: User }>("/api/auth/me", { language });
  return answer.user;
}
