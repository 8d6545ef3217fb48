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
	/** The largest report or tham luận a unit may send, in MB (HOINGHI_UPLOAD_MAX_MB); 20 by default. */
	get uploadMaxMb(): number {
		const mb = Number(process.env.HOINGHI_UPLOAD_MAX_MB);
		return Number.isFinite(mb) && mb > 0 ? mb : 20;
	},
	get migrationsDir(): string {
		return path.resolve(process.env.HOINGHI_MIGRATIONS_DIR || 'drizzle');
	}
};
