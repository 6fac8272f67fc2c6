/** Builds the trusted DDL that loads the shipped CSV files with explicit column types. */
import { TABLES, type TableSpec } from './schema';
import { registeredFile, type Connector } from './types';

export function csvFileName(spec: TableSpec): string {
  return registeredFile(`${spec.name}.csv`);
}

/** `CREATE TABLE … AS SELECT * FROM read_csv(…)` with every column typed, nothing sniffed. */
export function createTableSql(spec: TableSpec, fileName = csvFileName(spec), tableName = spec.name): string {
  const columns = spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
  return (
    `CREATE OR REPLACE TABLE ${tableName} AS SELECT * FROM read_csv('${fileName}', ` +
    `header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`
  );
}

/** Registers the text of every shipped table and creates the tables. */
export async function loadTables(
  conn: Connector,
  readText: (spec: TableSpec) => Promise<string>,
  onTable: (spec: TableSpec) => void = () => {},
): Promise<void> {
  await Promise.all(
    TABLES.map(async (spec) => {
      const text = await readText(spec);
      await conn.registerText(csvFileName(spec), text);
      await conn.exec(createTableSql(spec));
      onTable(spec);
    }),
  );
}
