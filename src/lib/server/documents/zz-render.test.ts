import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { suggestedProgramme } from '$lib/domain/agenda';
import { DEMO_CONFERENCE, DEMO_UNITS } from '$lib/server/demo/binh-thanh';
import { buildChairScriptDocx } from '$lib/server/documents/chair-script';
it('renders', async () => {
	const items = suggestedProgramme(DEMO_CONFERENCE, DEMO_UNITS.map((u) => ({ name: u.name, speechTopic: u.speechTopic ?? null })));
	items[items.length - 2]!.chairNotes = 'Nêu 03 nhiệm vụ trọng tâm quý II.\nGiao Văn phòng tổng hợp ý kiến.';
	writeFileSync('/tmp/cs/kich-ban.docx', await buildChairScriptDocx({ parentBody: null, issuerLines: DEMO_CONFERENCE.issuerLines, locality: 'Bình Thành', date: DEMO_CONFERENCE.startsAt }, DEMO_CONFERENCE, items));
});
