/** A delegate's answer to the invitation. */
export const REPLIES = ['pending', 'attending', 'absent'] as const;
export type Reply = (typeof REPLIES)[number];

export const REPLY_LABELS: Record<Reply, string> = {
	pending: 'Chưa trả lời',
	attending: 'Sẽ tham dự',
	absent: 'Vắng mặt'
};
