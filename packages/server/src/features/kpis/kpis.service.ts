import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { conflict, notFound } from "../../http/http-errors.js";
import { listFrameworkReferences } from "../roles/framework-references.repository.js";
import { currentVersions, describeVersions } from "../roles/framework-references.rule.js";
import { applyKpiPatch } from "./kpi-patch.rule.js";
import { presentKpi, toKpiDocument } from "./kpis.presenter.js";
import { deleteKpi, findKpi, insertKpi, kpiColumns, listKpis, setKpiArchivedAt, updateKpi } from "./kpis.repository.js";
import type { CreateKpiInput, KpiDetail, ListKpisQuery, UpdateKpiInput } from "./kpis.schemas.js";

export class KpisService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(organizationId: string, filter: ListKpisQuery) {
    return { items: (await listKpis(this.db, organizationId, filter)).map(presentKpi) };
  }

  async get(organizationId: string, id: string): Promise<KpiDetail> {
    return this.detail(this.db, organizationId, id);
  }

  async create(organizationId: string, input: CreateKpiInput): Promise<KpiDetail> {
    return this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      const id = newId();
      const inserted = await insertKpi(trx, {
        id,
        organization_id: organizationId,
        key: input.key,
        ...kpiColumns(input),
        archived_at: null,
        created_at: now,
        updated_at: now,
      });
      if (!inserted) {
        const message = `"${input.key}" is already used by another KPI in your organization; choose another key`;
        throw conflict(`key ${message}.`, [{ path: "key", message }]);
      }
      return this.detail(trx, organizationId, id);
    });
  }

  async update(organizationId: string, id: string, input: UpdateKpiInput): Promise<KpiDetail> {
    return this.db.transaction().execute(async (trx) => {
      const current = toKpiDocument(await this.load(trx, organizationId, id));
      const next = applyKpiPatch(current, input);
      await updateKpi(trx, organizationId, id, { ...kpiColumns(next), updated_at: nowIso() });
      return this.detail(trx, organizationId, id);
    });
  }

  /** Archived KPIs stay valid for the versions that use them; they only leave the library lists. */
  async setArchived(organizationId: string, id: string, archived: boolean): Promise<KpiDetail> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.load(trx, organizationId, id);
      if ((row.archived_at !== null) !== archived) {
        const now = nowIso();
        await setKpiArchivedAt(trx, organizationId, id, archived ? now : null, now);
      }
      return this.detail(trx, organizationId, id);
    });
  }

  /** Deletes a KPI no framework version uses; otherwise 409 naming the versions (archive it instead). */
  async remove(organizationId: string, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.load(trx, organizationId, id);
      const users = (await listFrameworkReferences(trx, organizationId)).filter((v) => v.kpiKeys.includes(row.key));
      if (users.length > 0) {
        throw conflict(
          `KPI "${row.key}" is used by framework versions: ${describeVersions(users)}. ` +
            "Archive it instead, so those versions keep working.",
        );
      }
      await deleteKpi(trx, organizationId, id);
    });
  }

  private async load(db: Executor, organizationId: string, id: string) {
    const row = await findKpi(db, organizationId, id);
    if (!row) throw notFound("KPI");
    return row;
  }

  private async detail(db: Executor, organizationId: string, id: string): Promise<KpiDetail> {
    const row = await this.load(db, organizationId, id);
    const versions = currentVersions(await listFrameworkReferences(db, organizationId));
    const usedBy = versions
      .filter((v) => v.kpiKeys.includes(row.key))
      .map(({ roleId, roleKey, roleTitle, version, status }) => ({ roleId, roleKey, roleTitle, version, status }));
    return { ...presentKpi(row), usedBy };
  }
}
