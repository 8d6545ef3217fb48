/** Answers that hold live state or a person's data are never kept by a browser or a proxy. */
export const noStore = { 'cache-control': 'no-store' } as const;
