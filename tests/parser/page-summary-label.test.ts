/**
 * A city's page of a 審査会's minutes whose text opens under `会議要旨：` (or 会議の要旨, 審議状況, 審議の状況):
 * the label ends the agenda, and the turns under it are each a remark.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const page = (label: string) =>
	[
		'令和6年度第3回情報公開・個人情報保護審査会 会議要旨',
		'開催日時：令和6年9月9日（月曜日）午後3時～午後4時30分',
		'開催場所：本庁舎5階 第3委員会室',
		'出席委員：岡部委員（会長）、須藤委員、中川委員',
		'議題：',
		'1 諮問第58号　公文書部分公開決定に対する審査請求について（審議）',
		'2 その他',
		`${label}：`,
		'Ａ委員：非公開とした部分のうち、単価が記載されている箇所は公表されているのではないか。',
		'実施機関：公告で公表しているのは総額のみであり、単価は公表していない。',
		'Ｂ委員：単価を公開した場合に、事業者の地位が害されるおそれを説明してほしい。',
		'実施機関：次回の入札で他の事業者に参考にされるおそれがあると考えている。',
		'会長：それでは、本件は継続審議とします。',
	].join('\n');

describe('the text under a page summary label', () => {
	test.each(['会議要旨', '会議の要旨', '審議状況', '審議の状況'])('%s： ends the agenda; each turn a remark', (label) => {
		const [result] = parseDocuments(page(label), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['諮問第58号　公文書部分公開決定に対する審査請求について（審議）', 'その他']);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['Ａ委員', '実施機関', 'Ｂ委員', '実施機関', '会長']);
	});
});
