import path from 'node:path';

/** Settings read from the environment; every one is optional. */
export const config = {
	get dataDir(): string {
		return path.resolve(process.env.HOINGHI_DATA_DIR || 'data');
	},
	get databaseUrl(): string | undefined {
		return process.env.DATABASE_URL || undefined;
	},
	get demoPassword(): string {
		return process.env.HOINGHI_DEMO_PASSWORD || 'hoinghi2026';
	},
	/** The server secret when the operator gives one (HOINGHI_SECRET); else secret.ts makes one. */
	get secret(): string | undefined {
		return process.env.HOINGHI_SECRET || undefined;
	},
	get migrationsDir(): string {
		return path.resolve(process.env.HOINGHI_MIGRATIONS_DIR || 'drizzle');
	}
};
