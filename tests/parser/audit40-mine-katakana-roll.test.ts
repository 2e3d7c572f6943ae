/**
 * An assembly's roll of officials named in katakana after their post (`デジタル推進部長　マクファーレン　君`, one space apart, and one
 * after a post of 38 letters). Before, such a line was no member (the line a note): a name after a post was read only up to six
 * letters; and a katakana role word of six letters after a post (`オブザーバー`) had been read as a name. Now the officials are in
 * the roll and the role word names no one.
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

describe('names in katakana after a post in an assembly’s roll', () => {
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
