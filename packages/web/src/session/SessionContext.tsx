/**
 * Who is logged in, shared by all pages. The session is read once at start; login, logout,
 * accepting an invitation and a 401 from any request update it here.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { UiLanguage } from "@nabij/domain";
import * as auth from "../api/auth.ts";
import { ApiError, setUnauthenticatedHandler } from "../api/client.ts";
import type { User } from "../api/types.ts";
import { storeLanguage } from "../i18n/language.ts";
import { forgetUser, outboxAvailable, recallUser, rememberUser } from "../offline/outbox.ts";

/** The user is kept on the phone only while logged in: the app can then start without a connection. */
function remember(user: User | null): void {
  if (!outboxAvailable()) return;
  void (user ? rememberUser(user) : forgetUser()).catch(() => undefined);
}

export type SessionState =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | { status: "ready"; user: User | null };

export interface Session {
  state: SessionState;
  user: User | null;
  login(email: string, password: string): Promise<User>;
  acceptInvitation(token: string, password: string): Promise<User>;
  logout(): Promise<void>;
  /** Changes the UI language now; saves it to the account when logged in. */
  changeLanguage(language: UiLanguage): Promise<void>;
  reload(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const { i18n } = useTranslation();
  const [state, setState] = useState<SessionState>({ status: "loading" });
  // A language picked on the login page in this tab: it is what the person wants to read, so it
  // goes to their account at login instead of being replaced by the account's language.
  const chosenBeforeLogin = useRef<UiLanguage | null>(null);
  // Started without a connection, with the user this phone remembers: check again once online.
  const startedOffline = useRef(false);

  const signedIn = useCallback(
    (user: User): User => {
      setState({ status: "ready", user });
      remember(user);
      storeLanguage(user.language);
      void i18n.changeLanguage(user.language);
      return user;
    },
    [i18n],
  );

  const signedOut = useCallback((): void => {
    startedOffline.current = false;
    setState({ status: "ready", user: null });
    remember(null);
  }, []);

  const check = useCallback(async (): Promise<void> => {
    const session = await auth.fetchSession();
    startedOffline.current = false;
    if (session.user) signedIn(session.user);
    else signedOut();
  }, [signedIn, signedOut]);

  const load = useCallback(async (): Promise<void> => {
    setState({ status: "loading" });
    try {
      await check();
    } catch (error) {
      // No connection: the user who is logged in on this phone can still work (the outbox).
      const remembered = error instanceof ApiError && error.status === 0 && outboxAvailable() ? await recallUser().catch(() => null) : null;
      if (remembered) {
        startedOffline.current = true;
        setState({ status: "ready", user: remembered });
      } else setState({ status: "failed", error });
    }
  }, [check]);

  useEffect(() => {
    void load();
    // Any request that finds the session gone: forget the user; RequireAuth shows the login.
    setUnauthenticatedHandler(signedOut);
  }, [load, signedOut]);

  // Back online after an offline start: is the session still there?
  useEffect(() => {
    const online = (): void => {
      if (startedOffline.current) void check().catch(() => undefined);
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [check]);

  const user = state.status === "ready" ? state.user : null;

  const value = useMemo<Session>(
    () => ({
      state,
      user,
      login: async (email, password) => {
        const loggedIn = await auth.login(email, password);
        const chosen = chosenBeforeLogin.current;
        chosenBeforeLogin.current = null;
        return signedIn(chosen && chosen !== loggedIn.language ? await auth.saveLanguage(chosen) : loggedIn);
      },
      acceptInvitation: async (token, password) => signedIn(await auth.acceptInvitation(token, password)),
      logout: async () => {
        try {
          await auth.logout();
        } finally {
          signedOut();
          void auth.fetchSession().catch(() => undefined); // a fresh CSRF token for the next login
        }
      },
      changeLanguage: async (language) => {
        storeLanguage(language);
        await i18n.changeLanguage(language);
        if (!user) chosenBeforeLogin.current = language;
        else if (user.language !== language) {
          const saved = await auth.saveLanguage(language);
          setState({ status: "ready", user: saved });
        }
      },
      reload: () => void load(),
    }),
    [state, user, signedIn, i18n, load],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

/** For pages behind RequireAuth, where the user is known to be there. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error("useUser without a logged-in user");
  return user;
}
