import Dexie, { type EntityTable } from 'dexie';

/** The last page data a delegate's phone received, so the page opens offline with its QR. */
export interface DelegateSnapshot<T = unknown> {
	key: string;
	savedAt: number;
	data: T;
}

class ClientDatabase extends Dexie {
	delegatePages!: EntityTable<DelegateSnapshot, 'key'>;

	constructor() {
		super('hoinghi');
		this.version(1).stores({ delegatePages: 'key' });
	}
}

let instance: ClientDatabase | undefined;

/** Opened on first use, in the browser only. */
export function clientDb(): ClientDatabase {
	return (instance ??= new ClientDatabase());
}
