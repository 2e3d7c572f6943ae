/**
 * Verbatim records: a turn whose member is set a space after the post (`○議長　（山田一郎君）　…`) is that member's turn, a
 * stage direction there (`○議長　（拍手）`) is not; a roll-call vote's count and the list of who voted which way (`投票総数…`,
 * `〔参照〕`…) and an assembly's `採決結果一覧` after the chair's words are the record's notes, every line kept, no words of the chair.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const notes = (lines: readonly string[]) => (parse(lines)?.body ?? []).flatMap((section) => section.children.flatMap((block) => (block.type === 'note' ? [block.text] : block.type === 'remark' ? block.children.filter((child) => child.type === 'note').map((child) => child.text) : [])));

describe('verbatim turns', () => {
	test('a member set a space after the post speaks, the stage directions stay notes', () => {
		const lines = [
			'令和６年第２回○○市議会定例会会議録（第３号）',
			'',
			'令和６年６月１０日（月曜日）',
			'　　　　午前１０時開議',
			'',
			'○出席議員（３名）',
			'　　１番　山田一郎君　　　　２番　佐藤花子君',
			'　　３番　中村五郎君',
			'',
			'○議長　（山田一郎君）　おはようございます。ただいまから本日の会議を開きます。',
			'○２番　（佐藤花子君）　通告に従い質問いたします。',
			'　　　（「異議なし」と呼ぶ者あり）',
			'○議長　（山田一郎君）　御異議なしと認めます。',
			'　　　（起立者多数）',
			'○議長　（山田一郎君）　起立多数であります。',
			'　　　午前１１時３０分散会',
		];
		const remarks = parse(lines)?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);
		expect(remarks).toEqual([
			['議長（山田一郎君）', 'おはようございます。ただいまから本日の会議を開きます。'],
			['２番（佐藤花子君）', '通告に従い質問いたします。\n（「異議なし」と呼ぶ者あり）'],
			['議長（山田一郎君）', '御異議なしと認めます。\n（起立者多数）'],
			['議長（山田一郎君）', '起立多数であります。'],
		]);
		expect(notes(lines)).toEqual(expect.arrayContaining(['（「異議なし」と呼ぶ者あり）', '（起立者多数）']));
	});

	test('a roll-call vote\'s count and names are notes after the chair\'s remark, every line kept', () => {
		const lines = [
			'第２１３回国会　衆議院本会議　第２０号',
			'令和六年五月十日（金曜日）',
			'    午後一時開議',
			'○議長（額賀一郎君）　投票の結果を事務総長から報告させます。',
			'　　〔事務総長報告〕',
			'　投票総数　　四百五十票',
			'　　可とする者（白票）　　　三百票',
			'　　否とする者（青票）　　　百五十票',
			'○議長（額賀一郎君）　右の結果、本案は可決いたしました。',
			'　　―――――――――――――',
			'　〔参照〕',
			'　地方自治法の一部を改正する法律案を可とする議員の氏名',
			'　　　　　青山　一郎君　　　　井口　二郎君',
			'　否とする議員の氏名',
			'　　　　　大川　五郎君　　　　加藤　六郎君',
			'　　―――――――――――――',
			'○議長（額賀一郎君）　本日はこれにて散会いたします。',
			'    午後二時散会',
		];
		const remarks = parse(lines)?.meeting?.remarks.map((remark) => remark.text);
		expect(remarks).toEqual(['投票の結果を事務総長から報告させます。\n〔事務総長報告〕', '右の結果、本案は可決いたしました。', '本日はこれにて散会いたします。']);
		expect(notes(lines)).toEqual(
			expect.arrayContaining([
				'投票総数　　四百五十票',
				'可とする者（白票）　　　三百票',
				'否とする者（青票）　　　百五十票',
				'〔参照〕',
				'地方自治法の一部を改正する法律案を可とする議員の氏名',
				'青山　一郎君　　　　井口　二郎君',
				'否とする議員の氏名',
				'大川　五郎君　　　　加藤　六郎君',
			]),
		);
	});

	test('an assembly\'s table of the votes after the chair\'s words is notes, not the chair\'s', () => {
		const lines = [
			'令和６年第３回○○県議会定例会会議録',
			'',
			'令和６年９月２０日（金曜日）',
			'　　午後１時開議',
			'',
			'○議長（大野太郎君）　起立多数であります。よって、本案は原案のとおり可決されました。',
			'採決結果一覧',
			'議案番号　件名　結果',
			'第１号　令和６年度一般会計補正予算　原案可決',
			'○議長（大野太郎君）　以上で本日の日程は終了しました。',
			'　　午後２時散会',
		];
		const remarks = parse(lines)?.meeting?.remarks.map((remark) => remark.text);
		expect(remarks).toEqual(['起立多数であります。よって、本案は原案のとおり可決されました。', '以上で本日の日程は終了しました。']);
		expect(notes(lines)).toEqual(expect.arrayContaining(['採決結果一覧', '議案番号　件名　結果', '第１号　令和６年度一般会計補正予算　原案可決']));
	});

	test('the names of who voted which way after the chair\'s words are notes; a count the chair reads out himself stays his', () => {
		const lines = [
			'第２１３回国会　衆議院本会議　第２１号',
			'令和六年五月十四日（火曜日）',
			'    午後一時開議',
			'○議長（額賀一郎君）　右の結果、決議案は否決されました。（拍手）',
			'　　　　―――――――――――――',
			'　　　　青山一郎君外三名提出決議案を可とする議員の氏名',
			'　　　　　　　　　青山　一郎君　　　　井口　二郎君',
			'　　　　否とする議員の氏名',
			'　　　　　　　　　大川　五郎君　　　　加藤　六郎君',
			'○議長（額賀一郎君）　投票の結果を報告いたします。',
			'　　投票総数　　　　　　　　二百三十八',
			'　　賛成　　　　　　　　　　百五十',
			'　よって、本案は可決されました。',
			'○議長（額賀一郎君）　本日はこれにて散会いたします。',
		];
		const remarks = parse(lines)?.meeting?.remarks.map((remark) => remark.text);
		expect(remarks).toEqual(['右の結果、決議案は否決されました。（拍手）', '投票の結果を報告いたします。\n投票総数　　　　　　　　二百三十八\n賛成　　　　　　　　　　百五十\nよって、本案は可決されました。', '本日はこれにて散会いたします。']);
		expect(notes(lines)).toEqual(expect.arrayContaining(['青山一郎君外三名提出決議案を可とする議員の氏名', '青山　一郎君　　　　井口　二郎君', '否とする議員の氏名', '大川　五郎君　　　　加藤　六郎君']));
	});
});
