/**
 * Who is logged in to the portal: a person, never a worker (the portal has a session of its
 * own). Read once at start; login, activation, logout, closing the account and a 401 from any
 * portal request update it here.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PortalLanguage } from "@nabij/domain";
import * as portalApi from "./api.ts";
import type { PortalPerson } from "./api.ts";
import { storePortalLanguage } from "./i18n.ts";

export type PortalSessionState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready"; person: PortalPerson | null };

/** Why nobody is logged in any more, for the login page to say: logged out, or the account closed. */
export type Farewell = "loggedOut" | "accountClosed";

export interface PortalSession {
  state: PortalSessionState;
  person: PortalPerson | null;
  farewell: Farewell | null;
  login(login: string, password: string): Promise<PortalPerson>;
  activate(code: string, login: string, password: string): Promise<PortalPerson>;
  logout(): Promise<void>;
  endAccess(): Promise<void>;
  /** Shows the language now; saves it to the account when logged in. */
  changeLanguage(language: PortalLanguage): Promise<void>;
  reload(): void;
}

const PortalSessionContext = createContext<PortalSession | null>(null);

export function PortalSessionProvider({ children }: { children: ReactNode }): ReactNode {
  const { i18n } = useTranslation("portal");
  const [state, setState] = useState<PortalSessionState>({ status: "loading" });
  const [farewell, setFarewell] = useState<Farewell | null>(null);
  // A language chosen on the login page is what the person wants to read: it goes to the account.
  const chosenBeforeLogin = useRef<PortalLanguage | null>(null);

  const signedIn = useCallback(
    (person: PortalPerson): PortalPerson => {
      setState({ status: "ready", person });
      setFarewell(null);
      storePortalLanguage(person.language);
      void i18n.changeLanguage(person.language);
      return person;
    },
    [i18n],
  );

  const signedOut = useCallback((): void => setState({ status: "ready", person: null }), []);

  /** After login or activation: the language chosen before wins over the account's. */
  const withChosenLanguage = useCallback(
    async (person: PortalPerson): Promise<PortalPerson> => {
      const chosen = chosenBeforeLogin.current;
      chosenBeforeLogin.current = null;
      return signedIn(chosen && chosen !== person.language ? await portalApi.saveLanguage(chosen) : person);
    },
    [signedIn],
  );

  const load = useCallback(async (): Promise<void> => {
    setState({ status: "loading" });
    try {
      const person = await portalApi.fetchSession();
      if (person) signedIn(person);
      else signedOut();
    } catch (error) {
      setState({ status: "failed", error });
    }
  }, [signedIn, signedOut]);

  useEffect(() => {
    void load();
    portalApi.setPortalUnauthenticatedHandler(signedOut);
  }, [load, signedOut]);

  const person = state.status === "ready" ? state.person : null;

  const value = useMemo<PortalSession>(() => {
    /** Logged out, by choice or by closing the account: a fresh token for the next login. */
    const leave = async (action: () => Promise<void>, why: Farewell): Promise<void> => {
      try {
        await action();
      } finally {
        setFarewell(why);
        signedOut();
        void portalApi.fetchSession().catch(() => undefined);
      }
    };
    return {
      state,
      person,
      farewell,
      login: async (login, password) => withChosenLanguage(await portalApi.login(login, password)),
      activate: async (code, login, password) => withChosenLanguage(await portalApi.activate(code, login, password)),
      logout: () => leave(portalApi.logout, "loggedOut"),
      endAccess: async () => {
        // Only a closed account logs out: when closing fails, the person stays where they are.
        await portalApi.endAccess();
        await leave(async () => undefined, "accountClosed");
      },
      changeLanguage: async (language) => {
        storePortalLanguage(language);
        await i18n.changeLanguage(language);
        if (!person) chosenBeforeLogin.current = language;
        else if (person.language !== language) setState({ status: "ready", person: await portalApi.saveLanguage(language) });
      },
      reload: () => void load(),
    };
  }, [state, person, farewell, withChosenLanguage, signedOut, i18n, load]);

  return <PortalSessionContext.Provider value={value}>{children}</PortalSessionContext.Provider>;
}

export function usePortalSession(): PortalSession {
  const session = useContext(PortalSessionContext);
  if (!session) throw new Error("usePortalSession outside PortalSessionProvider");
  return session;
}

/** For pages behind the portal login, where the person is known to be there. */
export function usePerson(): PortalPerson {
  const { person } = usePortalSession();
  if (!person) throw new Error("usePerson without a logged-in person");
  return person;
}
