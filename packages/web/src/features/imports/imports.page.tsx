import { Alert, Paper, Stepper, Tabs } from "@mantine/core";
import { IconFileImport, IconHistory, IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { PageHeader } from "../../components/page-header.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { kpisQuery } from "../kpis/kpis.queries.js";
import { ImportHistorySection } from "./import-history.section.js";
import { importSourcesQuery, useCommitImport, usePreviewImport, useUploadImportFile } from "./imports.queries.js";
import type { ImportKind, PreviewResponse, UploadResponse } from "./imports.types.js";
import { MappingStep } from "./mapping.step.js";
import { draftFromMapping, draftFromSuggestion, type MappingDraft, mappingFromDraft } from "./mapping-draft.model.js";
import { PreviewStep } from "./preview.step.js";
import { RunStep } from "./run.step.js";
import { type UploadState, UploadStep } from "./upload.step.js";

const IDLE: UploadState = { file: null, loaded: 0, total: 0, phase: "idle", error: null };
type Step = 0 | 1 | 2 | 3;

/** First values of each column from the dry run's sample, for the mapping table. */
function samplesByColumn(preview: PreviewResponse | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!preview) return out;
  preview.headers.forEach((header, i) => {
    const values = preview.sample.map((row) => row.cells[i] ?? "").filter((v) => v !== "");
    out[header] = [...new Set(values)].slice(0, 3);
  });
  return out;
}

/**
 * Bulk import of KPI values or people: upload, map the columns, check every row (nothing saved),
 * import all rows or none with a progress bar; and the history of imports.
 */
export function ImportsPage() {
  const canAdmin = useCanDesign();
  const [tab, setTab] = useState<string | null>("import");
  const sources = useQuery({ ...importSourcesQuery, enabled: canAdmin });
  const kpis = useQuery({ ...kpisQuery(), enabled: canAdmin });
  const uploader = useUploadImportFile();
  const checker = usePreviewImport();
  const committer = useCommitImport();

  const [step, setStep] = useState<Step>(0);
  const [kind, setKind] = useState<ImportKind>("measurements");
  const [sourceId, setSourceId] = useState("");
  const [newSourceName, setNewSourceName] = useState("");
  const [uploadState, setUploadState] = useState<UploadState>(IDLE);
  const [upload, setUpload] = useState<UploadResponse | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [mappedFrom, setMappedFrom] = useState<string | null>(null);
  const [sourceMismatch, setSourceMismatch] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewResponse | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [saveMapping, setSaveMapping] = useState(false);
  const [sourceName, setSourceName] = useState("");
  const [runId, setRunId] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const stepBox = useRef<HTMLDivElement>(null);
  const movedOnce = useRef(false);

  // Each step starts with its heading: move focus there so keyboard and screen reader users follow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on step changes only
  useEffect(() => {
    if (!movedOnce.current) {
      movedOnce.current = true;
      return;
    }
    const heading = stepBox.current?.querySelector("h2");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      // A heading is no control: it takes focus to guide screen readers, without a focus ring.
      heading.style.outline = "none";
      heading.focus();
    }
  }, [step]);

  const startOver = () => {
    abort.current?.abort();
    setStep(0);
    setUploadState(IDLE);
    setUpload(null);
    setDraft(null);
    setMappedFrom(null);
    setSourceMismatch(null);
    setSourceId("");
    setNewSourceName("");
    setPreview(null);
    setCheckError(null);
    setRunId(null);
    committer.reset();
  };

  const uploadAndMap = async (file: File, sheet?: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setCheckError(null);
    setUploadState({ file, loaded: 0, total: file.size, phase: "uploading", error: null });
    let uploaded: UploadResponse;
    try {
      uploaded = await uploader.mutateAsync({
        file,
        kind,
        sheet,
        signal: controller.signal,
        onProgress: ({ loaded, total }) =>
          setUploadState((s) => ({ ...s, loaded, total, phase: loaded >= total ? "reading" : "uploading" })),
      });
    } catch (error) {
      const cancelled = (error as Error).name === "AbortError";
      setUploadState({ ...IDLE, file, error: cancelled ? null : error });
      if (sheet !== undefined && !cancelled) setCheckError(error);
      return;
    }
    if (controller.signal.aborted) return;
    setUpload(uploaded);
    setPreview(null);
    const source = sheet === undefined ? sources.data?.find((s) => s.id === sourceId && s.kind === kind) : undefined;
    const name = source?.name ?? (mappedFrom || newSourceName.trim());
    setSourceName(name);
    setSaveMapping(Boolean(name) && !source);
    if (!source) {
      setMappedFrom(null);
      setSourceMismatch(null);
      setDraft(draftFromSuggestion(uploaded.headers, uploaded.suggestion));
      setUploadState({ ...IDLE, file });
      setStep(1);
      return;
    }
    // A saved source: the server applies its mapping to this file's spelling of the headers and
    // checks every row, so next month's file goes straight to the check.
    setUploadState({ file, loaded: file.size, total: file.size, phase: "checking", error: null });
    try {
      const checked = await checker.mutateAsync({
        uploadId: uploaded.uploadId,
        kind,
        source: source.name,
        sheet: uploaded.sheet ?? undefined,
      });
      setPreview(checked);
      const saved = checked.mapping ? draftFromMapping(checked.headers, checked.mapping) : null;
      // A saved mapping none of whose columns are in this file is the wrong source: start from the suggestion.
      const fits = saved && Object.values(saved.columns).some((a) => a.target !== "ignore");
      setMappedFrom(fits ? source.name : null);
      setSourceMismatch(fits ? null : source.name);
      setDraft(fits && saved ? saved : draftFromSuggestion(checked.headers, checked.suggestion));
      setStep(fits && checked.mappingIssues.length === 0 ? 2 : 1);
    } catch (error) {
      setDraft(draftFromSuggestion(uploaded.headers, uploaded.suggestion));
      setCheckError(error);
      setStep(1);
    } finally {
      setUploadState({ ...IDLE, file });
    }
  };

  const check = async () => {
    if (!upload || !draft) return;
    const { mapping } = mappingFromDraft(draft);
    if (!mapping) return;
    setCheckError(null);
    try {
      const checked = await checker.mutateAsync({
        uploadId: upload.uploadId,
        kind: draft.kind,
        mapping,
        sheet: upload.sheet ?? undefined,
      });
      setPreview(checked);
      setStep(2);
    } catch (error) {
      setCheckError(error);
      setStep(1);
    }
  };

  const commit = async () => {
    if (!upload || !preview?.mapping) return;
    const name = sourceName.trim();
    try {
      const started = await committer.mutateAsync({
        uploadId: upload.uploadId,
        kind: preview.kind,
        mapping: preview.mapping,
        sheet: upload.sheet ?? undefined,
        source: mappedFrom ?? undefined,
        saveMappingAs: saveMapping && name ? name : undefined,
      });
      setRunId(started.runId);
      setStep(3);
    } catch {
      // Shown next to the button from the mutation's error.
    }
  };

  const busy = uploadState.phase !== "idle" || checker.isPending || committer.isPending;

  return (
    <>
      <PageHeader
        title="Import data"
        description="Bring in KPI values from your CRM, ticketing system or spreadsheets, or the people list from your HR system. Every row is checked before anything is saved, and an import saves all rows or none."
      />
      {!canAdmin ? (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="HR and admins only">
          Imports can change anyone's values and records, so only HR and admins can run them.
        </Alert>
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="import" leftSection={<IconFileImport size={16} aria-hidden />}>
              New import
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
              History
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="import">
            <Stepper
              active={step}
              size="sm"
              mb="lg"
              onStepClick={(index) => {
                if (busy) return;
                if (index === 1 && step === 2) setStep(1);
              }}
              aria-label="Import steps"
            >
              <Stepper.Step label="File" description="Upload" allowStepSelect={false} />
              <Stepper.Step label="Mapping" description="Columns" allowStepSelect={step === 2} />
              <Stepper.Step label="Check" description="Dry run" allowStepSelect={false} />
              <Stepper.Step label="Import" description="All or nothing" allowStepSelect={false} />
            </Stepper>
            <Paper withBorder radius="md" p={{ base: "sm", sm: "lg" }} ref={stepBox}>
              {step === 0 && (
                <UploadStep
                  kind={kind}
                  onKind={(k) => {
                    setKind(k);
                    setSourceId("");
                  }}
                  sources={sources.data ?? []}
                  sourceId={sourceId}
                  onSourceId={setSourceId}
                  newSourceName={newSourceName}
                  onNewSourceName={setNewSourceName}
                  state={uploadState}
                  onFile={(file) => void uploadAndMap(file)}
                  onCancel={() => {
                    abort.current?.abort();
                    setUploadState(IDLE);
                  }}
                />
              )}
              {step === 1 && upload && draft && (
                <MappingStep
                  fileName={upload.fileName}
                  headers={upload.headers}
                  sheets={upload.sheets}
                  sheet={upload.sheet}
                  onSheet={(sheet) => uploadState.file && void uploadAndMap(uploadState.file, sheet)}
                  suggestion={upload.suggestion}
                  savedSourceName={mappedFrom}
                  mismatchedSourceName={sourceMismatch}
                  draft={draft}
                  onDraft={setDraft}
                  kpis={(kpis.data ?? []).map((k) => ({ key: k.key, name: k.name }))}
                  samples={samplesByColumn(preview)}
                  serverIssues={sourceMismatch ? [] : (preview?.mappingIssues ?? [])}
                  checking={busy}
                  checkError={checkError}
                  onCheck={() => void check()}
                  onStartOver={startOver}
                />
              )}
              {step === 2 && upload && preview && (
                <PreviewStep
                  fileName={upload.fileName}
                  preview={preview}
                  saveMapping={saveMapping}
                  onSaveMapping={setSaveMapping}
                  sourceName={sourceName}
                  onSourceName={setSourceName}
                  committing={committer.isPending}
                  commitError={committer.error}
                  rechecking={checker.isPending}
                  onRecheck={() => void check()}
                  onChangeMapping={() => setStep(1)}
                  onStartOver={startOver}
                  onCommit={() => void commit()}
                />
              )}
              {step === 3 && runId && (
                <RunStep
                  runId={runId}
                  expected={preview?.counts ?? null}
                  onStartOver={startOver}
                  onBackToCheck={() => {
                    setRunId(null);
                    committer.reset();
                    setStep(2);
                  }}
                  onShowHistory={() => setTab("history")}
                />
              )}
            </Paper>
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <ImportHistorySection />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
