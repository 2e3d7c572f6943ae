/**
 * Town and village assemblies' records of the Meiji, Taishō and early Shōwa years: rolls headed `出席議員左ノ如シ`,
 * `出席者左ノ如シ`, those who sit in `列席者`, the members who came at the call `應招議員`, and turns whose 文語 words end
 * without a 。 (`○議長（町長廣瀬德太郎君）　只今ヨリ開會致シマス`). They had been read as plain paragraphs, no roll and no turn.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'old.txt', sourceHash: '0'.repeat(64) })[0]!;
const groups = (result: ReturnType<typeof read>) => result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)]);

describe('old rolls over turns without a 。', () => {
	test('`出席議員左ノ如シ` and `列席者` are rolls, the turns below them the text', () => {
		const result = read([
			'明治四十四年通常南濱町會會議録',
			'',
			'明治四十四年十二月二十日午前十時開會',
			'出席議員左ノ如シ',
			'　一番　澤田　傳兵衞　　二番　齋藤　彌三郎',
			'列席者',
			'　町長　廣瀬　德太郎　　助役　長尾　權八',
			'○議長（町長廣瀬德太郎君）　只今ヨリ開會致シマス',
			'○一番（澤田傳兵衞君）　本案ニ贊成致シマス',
			'○議長　原案ノ通リ決定致シマシタ、是ニテ閉會致シマス',
			'　　　午後零時三十分閉會',
		]);
		expect(result.family).toBe('council');
		expect(groups(result)).toEqual([
			['出席議員', ['一番　澤田　傳兵衞', '二番　齋藤　彌三郎']],
			['列席者', ['町長　廣瀬　德太郎', '助役　長尾　權八']],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（町長廣瀬德太郎君）', '一番（澤田傳兵衞君）', '議長']);
		expect([result.meeting?.start, result.meeting?.end]).toEqual(['10:00', '12:30']);
	});

	test('`出席者左ノ如シ` under the members, and `應招議員` in a numbered header, are rolls too', () => {
		const prefecture = read([
			'昭和五年第二回東岡縣會議事速記録第四號',
			'',
			'昭和五年十二月五日（金曜日）',
			'　午後一時開議',
			'出席議員左ノ如シ',
			'　一番　青木　藤吉君　　　二番　井口　彦三郎君',
			'出席者左ノ如シ',
			'　知事　山縣　治郎君',
			'○議長（青木藤吉君）　是ヨリ會議ヲ開キマス',
			'○知事（山縣治郎君）　御答ヘ致シマス',
			'○議長（青木藤吉君）　本日ハ是ニテ散會致シマス',
			'　　午後三時十分散會',
		]);
		expect(groups(prefecture)?.map(([group]) => group)).toEqual(['出席議員', '出席者']);
		expect(prefecture.meeting?.remarks).toHaveLength(3);
		const town = read([
			'昭和二十四年第四回西山町議會定例會會議録',
			'',
			'一　招集年月日　昭和二十四年十二月二十日',
			'一　應招議員',
			'　　一番　石田　長吉　　二番　井上　半藏',
			'一　不應招議員　なし',
			'○議長（石田長吉君）　只今より會議を開きます。',
			'○二番（井上半藏君）　質問があります。',
		]);
		expect(groups(town)?.[0]).toEqual(['應招議員', ['一番　石田　長吉', '二番　井上　半藏']]);
	});
});
