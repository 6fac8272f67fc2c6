/** Imports in the origin private file system: `imports/index.json` and one CSV file per import. */
import { CorruptIndexError, type ImportStore, type StoredImport } from './store';
import { t } from '../i18n/catalogue';
import '../i18n/messages/persist';

const DIR = 'medborgarlofte-imports';
const INDEX = 'index.json';

async function dir(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(DIR, { create: true });
}

async function writeFile(d: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
  const handle = await d.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  try {
    await w.write(text);
  } finally {
    await w.close();
  }
}

async function readFile(d: FileSystemDirectoryHandle, name: string): Promise<string> {
  return (await (await d.getFileHandle(name)).getFile()).text();
}

async function readIndex(d: FileSystemDirectoryHandle): Promise<StoredImport[]> {
  let text: string;
  try {
    text = await readFile(d, INDEX);
  } catch {
    return []; // no index yet: nothing kept
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CorruptIndexError(t('data.persist.indexJson'));
  }
  if (!Array.isArray(parsed) || !parsed.every(isStoredImport)) throw new CorruptIndexError(t('data.persist.indexContent'));
  return parsed;
}

function isStoredImport(v: unknown): v is StoredImport {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return typeof m.id === 'string' && typeof m.fileName === 'string' && (m.target === 'crimes' || m.target === 'population' || m.target === 'survey_results') && typeof m.source === 'string';
}

export function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function' && typeof FileSystemFileHandle !== 'undefined' && 'createWritable' in FileSystemFileHandle.prototype;
}

export function opfsStore(): ImportStore {
  return {
    async list() {
      return readIndex(await dir());
    },
    async read(id) {
      return readFile(await dir(), `${id}.csv`);
    },
    async save(meta, csv) {
      const d = await dir();
      await writeFile(d, `${meta.id}.csv`, csv);
      const index = (await readIndex(d)).filter((m) => m.id !== meta.id);
      await writeFile(d, INDEX, JSON.stringify([...index, meta]));
    },
    async remove(id) {
      const d = await dir();
      await writeFile(d, INDEX, JSON.stringify((await readIndex(d)).filter((m) => m.id !== id)));
      await d.removeEntry(`${id}.csv`).catch(() => {});
    },
    async clear() {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(DIR, { recursive: true }).catch(() => {});
    },
  };
}
