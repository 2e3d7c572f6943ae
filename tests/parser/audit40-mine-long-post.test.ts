/**
 * An assembly's official with a long post (`総合政策局デジタルトランスフォーメーション推進部長兼情報セキュリティ統括責任者`, two offices
 * joined by 兼) and an official whose name is written in katakana. Before, a label over 40 letters was no turn (the official's
 * answer ran on inside the chair's remark), and a roll's `デジタル推進部長　マクファーレン　君` was no member (the line a note):
 * a name after a post was read only up to six letters. Now both speak and both are in the roll.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const LONG_POST = '総合政策局デジタルトランスフォーメーション推進部長兼情報セキュリティ統括責任者';

const SITTING = `令和６年第２回みなと市議会定例会会議録（第３号）

令和６年６月１２日（水曜日）

出席議員（３名）
　１番　　山　田　太　郎　君　　２番　　鈴　木　花　子　君
　３番　　大　野　健　一　君

説明のため出席した者
　市長　　　　　　　　佐　藤　一　郎　君
　${LONG_POST}　ハミルトン・ジェームズ　君
　デジタル推進部長　マクファーレン　君
　総務部長　　　　　　リーベンシュタイン・クラウディア　君

　　　午前１０時００分開議
○議長（山田太郎君）　ただいまから本日の会議を開きます。日程第１、一般質問を行います。
○２番（鈴木花子君）　窓口のデジタル化の進み具合について伺います。
○議長（山田太郎君）　${LONG_POST}。
○${LONG_POST}（ハミルトン・ジェームズ君）　お答えいたします。計画は順調に進んでおります。
○議長（山田太郎君）　デジタル推進部長。
○デジタル推進部長（マクファーレン君）　補足いたします。申請の半数をオンラインで受け付けております。
○２番（鈴木花子君）　ありがとうございました。
○議長（山田太郎君）　以上で本日の日程は全部終了しました。
　　　午前１０時３０分散会
`;

describe('a long post and a name in katakana in an assembly’s record', () => {
	test('the official with a post over 40 letters in the label speaks in turn', () => {
		// (Without the roll, which would name the label's official for the reader.)
		const { meeting } = parseText(SITTING.replace(/説明のため出席した者\n(?:　.*\n)+/u, ''), 'minato-r6-2-3.txt');
		const remarks = meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual([
			'議長（山田太郎君）',
			'２番（鈴木花子君）',
			'議長（山田太郎君）',
			`${LONG_POST}（ハミルトン・ジェームズ君）`,
			'議長（山田太郎君）',
			'デジタル推進部長（マクファーレン君）',
			'２番（鈴木花子君）',
			'議長（山田太郎君）',
		]);
		expect(remarks[3]?.text).toBe('お答えいたします。計画は順調に進んでおります。');
		expect(remarks[2]?.text).toBe(`${LONG_POST}。`);
	});

	test('the roll lists the official named in katakana after a post, one space apart', () => {
		const { meeting } = parseText(SITTING, 'minato-r6-2-3.txt');
		const officials = meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members ?? [];
		expect(officials.map((member) => [member.title, member.name])).toEqual([
			['市長', '佐藤一郎'],
			[LONG_POST, 'ハミルトン・ジェームズ'],
			['デジタル推進部長', 'マクファーレン'],
			['総務部長', 'リーベンシュタイン・クラウディア'],
		]);
	});

	test('a katakana word that names a role after a post is no one (it had been read as a name of six letters)', () => {
		const roll = SITTING.replace('　デジタル推進部長　マクファーレン　君\n', '　デジタル推進部長　オブザーバー\n');
		const { meeting } = parseText(roll, 'minato-r6-2-3.txt');
		const officials = meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members ?? [];
		expect(officials.map((member) => member.name)).not.toContain('オブザーバー');
	});
});
