/** What every screen says when the database holds no conference yet. */
export const NO_CONFERENCE_MESSAGE = 'Chưa có hội nghị nào trong cơ sở dữ liệu.';
