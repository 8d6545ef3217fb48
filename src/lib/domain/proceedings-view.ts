// How a part of the kỷ yếu is named on screen (the secretariat's outline and the delegates' page).
import { APPENDIX_LABEL } from './proceedings';

/**
 * "III. Báo cáo" after a numeral; "Phụ lục: Danh sách đại biểu tham dự" after the appendix label;
 * the bare title for a part left out (it has no label).
 */
export function partHeading(label: string | undefined, title: string): string {
	if (!label) return title;
	return label === APPENDIX_LABEL ? `${label}: ${title}` : `${label} ${title}`;
}
