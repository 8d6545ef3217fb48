/** Database ids are PostgreSQL `integer`s: anything larger must be refused before a query. */
export const MAX_DB_ID = 2_147_483_647;

export function isDbId(value: number): boolean {
	return Number.isInteger(value) && value >= 1 && value <= MAX_DB_ID;
}
