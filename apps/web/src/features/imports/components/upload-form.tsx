import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { Session } from '../../../shared/api/get-session.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useUploadImport, type UploadResult } from '../api/upload-import.ts';
import { outcomeSentence } from '../lib/import-report.ts';
import { DEFAULT_UPLOAD, fileSize, firstFile, IMPORT_MODES, phaseShare, tooLarge, type ImportMode, type UploadPhase } from '../lib/upload.ts';
import { useImportMessages } from '../messages.ts';

interface UploadFormProps {
  session: Session;
  onUploaded: (result: UploadResult) => void;
}

/**
 * Choose (or drop) a file, say what to do with invalid rows, and import it. The outcome is
 * announced; the report itself is shown by the page.
 */
export function UploadForm({ session, onUploaded }: UploadFormProps) {
  const m = useImportMessages();
  const { f } = useI18n();
  const upload = useUploadImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>(DEFAULT_UPLOAD.mode);
  const [dryRun, setDryRun] = useState(DEFAULT_UPLOAD.dryRun);
  const [addEntities, setAddEntities] = useState(DEFAULT_UPLOAD.addEntities);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const ids = { file: useId(), fileHint: useId(), problem: useId(), scope: useId() };
  const mayAddEntities = session.permissions.addEntities;

  const sizeProblem = (chosen: File) =>
    tooLarge(chosen, session.maxUploadBytes) ? m.tooLarge(fileSize(chosen.size, f.intlLocale), fileSize(session.maxUploadBytes, f.intlLocale)) : null;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    // Said at once: a file the server would refuse is not sent at all.
    setProblem(chosen ? sizeProblem(chosen) : null);
    upload.reset();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = firstFile(event.dataTransfer.files);
    if (!dropped) return;
    // Show the dropped file in the input too, so what is chosen is one thing.
    if (fileInput.current) fileInput.current.files = event.dataTransfer.files;
    choose(dropped);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setProblem(m.noFile);
      fileInput.current?.focus();
      return;
    }
    const tooBig = sizeProblem(file);
    if (tooBig) {
      setProblem(tooBig);
      fileInput.current?.focus();
      return;
    }
    setProblem(null);
    setAnnouncement(m.uploading(file.name));
    setPhase(null);
    upload.mutate(
      { file, options: { mode, dryRun, addEntities: mayAddEntities && addEntities }, onPhase: setPhase },
      {
        onSettled: () => setPhase(null),
        onSuccess: (result) => {
          setAnnouncement(outcomeSentence(result.report, m, f).sentence);
          onUploaded(result);
        },
        onError: (error) => {
          setAnnouncement('');
          setProblem(m.uploadFailed(error.message));
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="upload-title">
      <h2 id="upload-title">{m.uploadTitle}</h2>
      <form className="upload-form" onSubmit={submit} noValidate data-testid="upload-form" aria-busy={upload.isPending}>
        <div
          className={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <div className="field field--wide">
            <label htmlFor={ids.file}>{m.fileLabel}</label>
            <input
              ref={fileInput}
              id={ids.file}
              name="file"
              type="file"
              accept=".csv,.txt,.xlsx,.json,.xml,text/csv,application/json,application/xml,text/xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${ids.fileHint}${problem ? ` ${ids.problem}` : ''}`}
              aria-invalid={problem === m.noFile ? true : undefined}
              onChange={(e) => choose(firstFile(e.target.files))}
            />
          </div>
          <p className="drop-zone__text" aria-hidden="true">
            {dragging ? m.dropNow : m.dropHere}
          </p>
          <p id={ids.fileHint} className="field__hint">
            {file ? m.chosen(file.name, fileSize(file.size, f.intlLocale)) : m.fileHint}
          </p>
        </div>

        <fieldset className="choice-group">
          <legend>{m.modeLegend}</legend>
          {IMPORT_MODES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              <span>{m.modes[value]}</span>
            </label>
          ))}
        </fieldset>

        <fieldset className="choice-group">
          <legend>{m.optionsLegend}</legend>
          <label className="choice">
            <input type="checkbox" name="dryRun" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
            <span>{m.dryRun}</span>
          </label>
          {mayAddEntities && (
            <label className="choice">
              <input type="checkbox" name="addEntities" checked={addEntities} onChange={(e) => setAddEntities(e.target.checked)} />
              <span>{m.addEntities}</span>
            </label>
          )}
        </fieldset>

        {session.role === 'editor' && session.entities.length > 0 && (
          <p id={ids.scope} className="notice notice--info" data-testid="editor-scope">
            {m.editorScope(f.list(session.entities))}
          </p>
        )}

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={upload.isPending} data-testid="upload-submit">
            {dryRun ? m.submitDryRun : m.submit}
          </button>
        </div>
        <p id={ids.problem} className="form-error" role="alert" data-testid="upload-error">
          {problem}
        </p>
        <p className={upload.isPending ? 'upload-status' : 'sr-only'} role="status" aria-live="polite" data-testid="upload-status">
          {announcement}
        </p>
        {upload.isPending && phase && <UploadProgress phase={phase} />}
      </form>
    </section>
  );
}

/** The bar under the form while a file goes up, then while the server reads it. */
function UploadProgress({ phase }: { phase: UploadPhase }) {
  const m = useImportMessages();
  const { f } = useI18n();
  const share = phaseShare(phase);
  const percent = share === null ? '…' : f.percent(share, 0);
  const label = phase.phase === 'sending' ? m.sending(percent) : m.importing(percent, f.integer(phase.rowsRead));
  return (
    <div className="upload-progress" data-testid="upload-progress" data-phase={phase.phase}>
      <progress max={1} value={share ?? undefined} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
