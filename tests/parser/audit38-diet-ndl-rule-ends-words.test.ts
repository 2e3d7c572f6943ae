/**
 * The NDL API leaves what the record prints after a speech in the speech: the rule, then the next part's heading
 * (`――――◇―――――` / `日程第一　…法律案（内閣提出）`) or a bill printed at the end (`…法律案` / `〔本号末尾に掲載〕`). They
 * are the record's, notes after the remark, as the record's text sets them apart; before, they were the chair's words.
 * Words the speaker goes on with after a rule (`…泉健太君。`) stay theirs.
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const ISSUE = '121305254X02120240416';
const speech = (order: number, speaker: string, text: string) => ({ speechID: `${ISSUE}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker, speech: text.replaceAll('\n', '\r\n') });
const RECORD = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: ISSUE,
			session: 213,
			nameOfHouse: '衆議院',
			nameOfMeeting: '本会議',
			issue: '第21号',
			date: '2024-04-16',
			speechRecord: [
				speech(1, '額田福太郎', '○議長（額田福太郎君）　これより会議を開きます。\n     ――――◇―――――\n 日程第一　子ども・子育て支援法等の一部を改正する法律案（内閣提出）'),
				speech(2, '額田福太郎', '○議長（額田福太郎君）　日程第一、子ども・子育て支援法等の一部を改正する法律案を議題といたします。\n 委員長の報告を求めます。特別委員長橋本里美君。\n    ―――――――――――――\n 子ども・子育て支援法等の一部を改正する法律案及び同報告書\n    〔本号末尾に掲載〕\n    ―――――――――――――\n    〔橋本里美君登壇〕'),
				speech(3, '橋本里美', '○橋本里美君　ただいま議題となりました法律案につきまして御報告申し上げます。（拍手）'),
				speech(4, '額田福太郎', '○議長（額田福太郎君）　御異議なしと認めます。\n    ―――――――――――――\n 討論の通告があります。順次これを許します。吉川洋平君。'),
			],
		},
	],
});

test('the rule and what follows it without a sentence are notes after the remark', () => {
	const [result] = parseDocuments(RECORD, { source: 'honkaigi-21.json', sourceHash: '0'.repeat(64) });
	expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual([
		'これより会議を開きます。',
		'日程第一、子ども・子育て支援法等の一部を改正する法律案を議題といたします。\n委員長の報告を求めます。特別委員長橋本里美君。',
		'ただいま議題となりました法律案につきまして御報告申し上げます。（拍手）',
		'御異議なしと認めます。\n―――――――――――――\n討論の通告があります。順次これを許します。吉川洋平君。',
	]);
	const blocks = result?.body.find((section) => section.id === 's1')?.children ?? [];
	expect(blocks.map((block) => (block.type === 'note' ? block.text : block.type))).toEqual([
		'remark',
		'――――◇―――――',
		'日程第一　子ども・子育て支援法等の一部を改正する法律案（内閣提出）',
		'remark',
		'―――――――――――――',
		'子ども・子育て支援法等の一部を改正する法律案及び同報告書',
		'〔本号末尾に掲載〕',
		'―――――――――――――',
		'〔橋本里美君登壇〕',
		'remark',
		'remark',
	]);
});
