import { randomBytes } from "node:crypto";
import { AppError, countSignals, foldForSearch, notFound, protectOneDimensionTables, SIGNAL_PHASES, type CountableSignal, type ReportDimension, type SignalPhase, type SignalReport } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";
import { fromJson, toJson } from "../db/values.ts";
import { organisationK } from "./signal-report.repository.ts";
import { TestimonyRepository } from "./testimony.repository.ts";

/**
 * A dossier published as a public page (no login): its title, the team's texts and protected
 * figures of its signals. What is published is a snapshot of the preview the coordinator saw,
 * never the signals' own texts. Withdrawing takes the page down at once.
 */

/** The figures published for a dossier: one protected table per dimension, each with its total. */
export const PUBLISHED_DIMENSIONS: readonly ReportDimension[] = ["theme", "mechanismType", "municipality"];

export interface PublicationContent {
  title: string;
  organisationName: string;
  phase: SignalPhase;
  analysis: string | null;
  position: string | null;
  actions: string | null;
  decisions: string | null;
  feedback: string | null;
  k: number;
  figures: SignalReport[];
  /** Testimonies the persons allowed on a public page: their words, and a name only if they chose one. */
  testimonies: Array<{ id: string; text: string; shownName: string | null }>;
}

/** What anyone sees: the snapshot, without the testimonies' ids, with the date. */
export type PublicContent = Omit<PublicationContent, "testimonies"> & { testimonies: Array<{ text: string; shownName: string | null }>; publishedAt: string };

export interface PublicationView {
  slug: string;
  url: string;
  publishedAt: string;
  withdrawnAt: string | null;
}

/** From `report` on, a dossier has something to say in public. */
const PUBLISHABLE: readonly SignalPhase[] = SIGNAL_PHASES.slice(SIGNAL_PHASES.indexOf("report"));

export class PublicationRepository {
  constructor(private readonly ctx: RequestContext) {}

  /** Exactly what would be published now (coordinators and administrators). */
  async preview(dossierId: string): Promise<PublicationContent & { version: number }> {
    requireScope(this.ctx.user, "organisation");
    const organisationId = this.ctx.user.organisationId;
    const dossier = await this.ctx.db.selectFrom("signal_dossier").selectAll().where("organisation_id", "=", organisationId).where("id", "=", dossierId).executeTakeFirst();
    if (!dossier) throw notFound("Dossier not found");
    const organisation = await this.ctx.db.selectFrom("organisation").select("name").where("id", "=", organisationId).executeTakeFirstOrThrow();
    const rows = await this.ctx.db.selectFrom("signal").select(["pseudonym", "people_count", "themes", "mechanism_type", "municipality"]).where("organisation_id", "=", organisationId).where("dossier_id", "=", dossierId).execute();
    const signals: CountableSignal[] = rows.map((r) => ({
      pseudonym: r.pseudonym,
      peopleCount: r.people_count,
      values: { theme: fromJson<string[]>(r.themes, []), mechanismType: [r.mechanism_type], municipality: [foldForSearch(r.municipality)], institution: [], domain: [] },
    }));
    const k = await organisationK(this.ctx.db, organisationId);
    const figures = protectOneDimensionTables(PUBLISHED_DIMENSIONS, (d) => countSignals(signals, [d]), k);
    const testimonies = (await new TestimonyRepository(this.ctx).publishable(organisationId, null, dossierId)).map((t) => ({ id: t.id, text: t.text, shownName: t.shownName }));
    const { title, phase, analysis, position, actions, decisions, feedback, version } = dossier;
    return { title, organisationName: organisation.name, phase: phase as SignalPhase, analysis, position, actions, decisions, feedback, k, figures, testimonies, version };
  }

  /** Publishes the preview of this version (a coordinator); from the phase `report` on. */
  async publish(dossierId: string, version: number): Promise<PublicationView> {
    const preview = await this.preview(dossierId);
    if (preview.version !== version) throw new AppError("stale_version", "The dossier changed since the preview; look at the preview again");
    if (!PUBLISHABLE.includes(preview.phase)) throw new AppError("conflict", "Move the dossier to the phase report before publishing it");
    const content: PublicationContent = { title: preview.title, organisationName: preview.organisationName, phase: preview.phase, analysis: preview.analysis, position: preview.position, actions: preview.actions, decisions: preview.decisions, feedback: preview.feedback, k: preview.k, figures: preview.figures, testimonies: preview.testimonies };
    const slug = `${slugOf(preview.title)}-${randomBytes(4).toString("hex")}`;
    const now = this.ctx.now();
    const organisationId = this.ctx.user.organisationId;
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("public_slug").values({ slug, organisation_id: organisationId, kind: "dossier" }).execute();
      await trx.insertInto("signal_publication").values({ organisation_id: organisationId, slug, dossier_id: dossierId, content: toJson(content), published_at: now, published_by: this.ctx.user.userId, withdrawn_at: null }).execute();
    });
    return this.view({ slug, published_at: now, withdrawn_at: null });
  }

  async withdraw(dossierId: string, slug: string): Promise<PublicationView> {
    const organisationId = this.ctx.user.organisationId;
    const now = this.ctx.now();
    const done = await this.ctx.db.updateTable("signal_publication").set({ withdrawn_at: now }).where("organisation_id", "=", organisationId).where("dossier_id", "=", dossierId).where("slug", "=", slug).where("withdrawn_at", "is", null).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw notFound("No such publication of this dossier");
    const row = await this.ctx.db.selectFrom("signal_publication").select(["slug", "published_at", "withdrawn_at"]).where("organisation_id", "=", organisationId).where("slug", "=", slug).executeTakeFirstOrThrow();
    return this.view(row);
  }

  async list(dossierId: string): Promise<PublicationView[]> {
    const rows = await this.ctx.db.selectFrom("signal_publication").select(["slug", "published_at", "withdrawn_at"]).where("organisation_id", "=", this.ctx.user.organisationId).where("dossier_id", "=", dossierId).orderBy("published_at", "desc").execute();
    return rows.map((r) => this.view(r));
  }

  /** A published page for anyone (no login); withdrawn or unknown: 404. */
  async publicContent(slug: string): Promise<PublicContent> {
    const where = await this.ctx.db.selectFrom("public_slug").select("organisation_id").where("slug", "=", slug).where("kind", "=", "dossier").executeTakeFirst();
    const row = where && (await this.ctx.db.selectFrom("signal_publication").select(["content", "published_at", "dossier_id"]).where("organisation_id", "=", where.organisation_id).where("slug", "=", slug).where("withdrawn_at", "is", null).executeTakeFirst());
    if (!where || !row) throw notFound("No such report");
    const content = fromJson<PublicationContent>(row.content, {} as PublicationContent);
    // A testimony withdrawn since leaves the page at once.
    const kept = await new TestimonyRepository(this.ctx).publishable(where.organisation_id, content.testimonies.map((t) => t.id), row.dossier_id);
    const still = new Set(kept.map((t) => t.id));
    // Testimonies go out without their ids (an id could tie anonymous words to an audit entry).
    return { ...content, testimonies: content.testimonies.filter((t) => still.has(t.id)).map((t) => ({ text: t.text, shownName: t.shownName })), publishedAt: row.published_at };
  }

  private view(row: { slug: string; published_at: string; withdrawn_at: string | null }): PublicationView {
    return { slug: row.slug, url: `${this.ctx.services.config.publicUrl.replace(/\/$/, "")}/public/reports/${row.slug}`, publishedAt: row.published_at, withdrawnAt: row.withdrawn_at };
  }
}

/** A readable address from the title: folded, words joined by dashes, at most 60 characters. */
function slugOf(title: string): string {
  return (
    foldForSearch(title)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "rapport"
  );
}
