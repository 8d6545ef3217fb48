/**
 * The demo's notes of the secretary (invented, plausible): a few items, two speakers from the floor
 * and the chair's conclusions, so "Lập dự thảo biên bản" shows a real draft on a fresh start.
 */
import { and, asc, eq, like } from 'drizzle-orm';
import type { AgendaKind } from '$lib/domain/programme';
import type { FloorSpeaker, NoteContent } from '$lib/domain/minutes';
import type { Executor } from '../db';
import { agendaItem, delegate, minutesNote } from '../db/schema';

const NOTES: Partial<Record<AgendaKind, Omit<NoteContent, 'floorSpeakers'>>> = {
	opening: {
		notes:
			'Đồng chí Chủ tịch UBND xã phát biểu khai mạc, nêu rõ mục đích của hội nghị là đánh giá khách quan kết quả sau 01 năm vận hành chính quyền địa phương 02 cấp, chỉ ra tồn tại, hạn chế và đề ra giải pháp cho thời gian tới.',
		conclusions: []
	},
	report: {
		notes: [
			'Báo cáo nêu kết quả sau 01 năm thực hiện sắp xếp đơn vị hành chính:',
			'- Bộ máy của xã được kiện toàn, đi vào hoạt động ổn định từ ngày 01/7/2025;',
			'- Trung tâm phục vụ hành chính công tiếp nhận trên 9.800 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,6%;',
			'- Còn khó khăn về trụ sở, trang thiết bị và nhân lực làm công tác chuyển đổi số.'
		].join('\n'),
		conclusions: []
	},
	discussion: {
		notes:
			'Các ý kiến thống nhất với báo cáo; đề nghị bổ sung kinh phí sửa chữa nhà văn hóa các xóm và tăng cường hướng dẫn người dân sử dụng dịch vụ công trực tuyến.',
		conclusions: []
	},
	conclusion: {
		notes:
			'Đồng chí Chủ tịch UBND xã đánh giá cao sự chuẩn bị của các đơn vị và các ý kiến tham luận, thảo luận tại hội nghị.',
		conclusions: [
			'Văn phòng HĐND và UBND xã tiếp thu ý kiến tại hội nghị, hoàn thiện báo cáo sơ kết, trình ban hành trước ngày 30/4/2026.',
			'Phòng Văn hóa - Xã hội chủ trì, phối hợp Trung tâm phục vụ hành chính công xây dựng kế hoạch hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại các xóm, hoàn thành trong quý II/2026.',
			'Phòng Kinh tế rà soát, đề xuất kinh phí sửa chữa nhà văn hóa các xóm xuống cấp, báo cáo UBND xã trước ngày 15/5/2026.',
			'Các phòng, trung tâm, Công an xã, Ban Chỉ huy Quân sự xã tiếp tục thực hiện nghiêm quy chế làm việc, bảo đảm hoạt động thông suốt, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.'
		]
	}
};

/** Two hamlet heads speak in the thảo luận: the first two of the Trưởng xóm group. */
async function floorSpeakers(tx: Executor, conferenceId: number): Promise<FloorSpeaker[]> {
	const heads = await tx
		.select({ id: delegate.id, fullName: delegate.fullName, position: delegate.position })
		.from(delegate)
		.where(and(eq(delegate.conferenceId, conferenceId), like(delegate.position, 'Trưởng xóm %')))
		.orderBy(asc(delegate.id))
		.limit(2);
	return heads.map((d) => ({ delegateId: d.id, name: d.fullName, unit: d.position }));
}

export async function insertDemoMinutes(tx: Executor, conferenceId: number): Promise<void> {
	const items = await tx
		.select({ id: agendaItem.id, kind: agendaItem.kind, title: agendaItem.title })
		.from(agendaItem)
		.where(eq(agendaItem.conferenceId, conferenceId))
		.orderBy(asc(agendaItem.position));
	const speakers = await floorSpeakers(tx, conferenceId);
	const rows = [];
	const seen = new Set<AgendaKind>();
	for (const item of items) {
		const note = NOTES[item.kind];
		// The first item of each kind: "Phát biểu khai mạc" follows "Tuyên bố lý do", so the opening note goes to the chair's speech.
		if (!note || seen.has(item.kind) || (item.kind === 'opening' && !/khai mạc/i.test(item.title)))
			continue;
		seen.add(item.kind);
		rows.push({
			conferenceId,
			agendaItemId: item.id,
			revision: 1,
			...note,
			floorSpeakers: item.kind === 'discussion' ? speakers : []
		});
	}
	if (rows.length) await tx.insert(minutesNote).values(rows);
}
