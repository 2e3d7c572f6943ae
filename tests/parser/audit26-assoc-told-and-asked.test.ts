/**
 * An association's 総会 or a union's 大会 as its minutes tell it: a sentence that names an officer and who holds the post
 * before より (`代表理事　渡辺　昌平 より資料に基づき報告があった。`) or that elects them (`議長に代議員　岸本…を選出した。`) is
 * the record's text, never the post's words; and who asks or answers, a role or an office then a surname in brackets after
 * the words (`Ｑ：…（正会員　佐野）`, `Ａ：…（事務局 加藤）`), is taken into the question's or the answer's label.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const turns = (lines: readonly string[]) => parse(lines)?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);
const paragraphs = (lines: readonly string[]): string[] =>
	parse(lines)?.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))) ?? [];

const header = ['特定非営利活動法人こどもの森ネット', '２０２４年度 通常総会 議事録', '', '日時：2024年5月25日（土）午後2時00分～午後4時00分', '場所：市民活動センター会議室', '出席理事：代表理事　渡辺　昌平、理事　吉田　茂', ''];

describe('the record telling who reported or was elected', () => {
	test('a post, a name set apart, then より: the record speaks, not the post', () => {
		const lines = [...header, '第1号議案　2023年度事業報告の件', '　代表理事　渡辺　昌平 より資料に基づき報告があった。', '', '第2号議案　2023年度活動決算の件', '　理事　吉田 より報告。監事　坂本 より監査報告。'];
		expect(turns(lines)).toEqual([]);
		expect(paragraphs(lines)).toEqual(['代表理事　渡辺　昌平 より資料に基づき報告があった。', '理事　吉田 より報告。監事　坂本 より監査報告。']);
	});

	test("a union's officers elected: no speaker named 議長に代議員", () => {
		const lines = [
			'みなと交通労働組合',
			'第５８回定期大会　議事録',
			'',
			'日　時　　２０２４年９月２１日（土）　１３時００分～１６時３０分',
			'会　場　　勤労会館　大ホール',
			'',
			'１．議長団選出',
			'　議長に代議員　岸本（本社支部）、副議長に代議員　相川（北営業所支部）を選出した。',
			'２．執行委員長あいさつ',
			'　中西執行委員長　本日はお忙しい中、ご参集いただきありがとうございます。',
		];
		expect(turns(lines)).toEqual([['中西執行委員長', '本日はお忙しい中、ご参集いただきありがとうございます。']]);
		expect(paragraphs(lines)).toContain('議長に代議員　岸本（本社支部）、副議長に代議員　相川（北営業所支部）を選出した。');
	});

	test('who asks or answers, a role and a surname in brackets after the words', () => {
		expect(
			turns([
				...header,
				'第1号議案　2023年度事業報告の件',
				'　Ｑ：会費収入が前年度より減っているが、原因は何か。（正会員　佐野）',
				'　Ａ：退会者が１２名あったためです。（吉田理事）',
				'　Ｑ：ボランティアの保険はどうなっていますか。',
				'　Ａ：全員、市民活動保険に加入しています。（事務局 加藤）',
			]),
		).toEqual([
			['Ｑ（正会員　佐野）', '会費収入が前年度より減っているが、原因は何か。'],
			['Ａ（吉田理事）', '退会者が１２名あったためです。'],
			['Ｑ', 'ボランティアの保険はどうなっていますか。'],
			['Ａ（事務局 加藤）', '全員、市民活動保険に加入しています。'],
		]);
	});
});
