/**
 * Kysely's SQLite dialect over Node's built-in `node:sqlite`. Kysely's driver expects a
 * better-sqlite3-like database (`stmt.all(params)` with an array, a `reader` flag); this
 * adapter gives `DatabaseSync` that shape and keeps the prepared statements, which the
 * service runs thousands of times.
 *
 * Transactions begin IMMEDIATE: they take the write lock at once (waiting `busy_timeout` for
 * it). A deferred one reads first, and when another process (`iscritti` at the desk while the
 * service takes sign-ups) wrote in between, its first write fails at once with "database is
 * locked", whatever the timeout.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig, type SqliteStatement } from 'kysely';

const CACHE_SIZE = 200;

function adaptStatement(statement: StatementSync): SqliteStatement {
  const reader = statement.columns().length > 0;
  const values = (parameters: ReadonlyArray<unknown>) => parameters as Array<null | number | bigint | string | Uint8Array>;
  return {
    reader,
    all: (parameters) => statement.all(...values(parameters)),
    run: (parameters) => statement.run(...values(parameters)),
    iterate: (parameters) => statement.iterate(...values(parameters)) as IterableIterator<unknown>,
  };
}

export function adaptDatabase(database: DatabaseSync): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = adaptStatement(database.prepare(sql));
        if (statements.size >= CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class NodeSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export function nodeSqliteDialect(database: DatabaseSync): SqliteDialect {
  return new NodeSqliteDialect({ database: adaptDatabase(database) });
}
