/**
 * Rolls of committees and associations: a list that says nobody is in it (`欠席委員　なし`, `傍聴：なし`) is a group noted so,
 * never a member named なし; the role a member holds in the body, in brackets after the label (`青木委員（会長）`), is the title's;
 * a post many hold carries over the bare names after it (`理事 江藤、小川、片山`); a clerk's post (`記録：書記次長`) is a post, no
 * person named 書記; and a member of the floor with their surname (`正会員 南：`) speaks.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const groups = (meeting: ReturnType<typeof read>) => meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.text, member.name, member.title])]);

describe('a list that says nobody is in it', () => {
	test('`欠席委員　なし` is the group noted なし, and `傍聴：なし` no member named なし', () => {
		const meeting = read([
			'東野市環境審議会（令和６年度第２回）会議録',
			'',
			'日時　令和６年１１月１２日（火）午後２時から午後４時まで',
			'場所　東野市役所本庁舎３階　第一会議室',
			'',
			'出席者',
			'　委員　高野　修一（東野大学教授）',
			'　青木委員（会長）',
			'傍聴：なし',
			'欠席委員　なし',
			'',
			'青木会長　それでは開会します。',
			'高野委員　資料について質問があります。',
		]);
		expect(groups(meeting)).toEqual([
			['出席者', null, [['委員　高野　修一（東野大学教授）', '高野　修一', '委員'], ['青木委員（会長）', '青木', '委員（会長）']]],
			['欠席委員', 'なし', []],
		]);
	});

	test('`欠席委員　（なし）` is the group noted なし too, and a numbered `傍聴：なし` under it no group of the absent', () => {
		const meeting = read(['令和６年９月１２日　文教厚生常任委員会記録', '', '１　日　時　令和６年９月１２日（木）午前１０時', '２　場　所　第２委員会室', '３　出席委員　委員長　中村　恵子、委員　上田　浩二', '４　欠席委員　（なし）', '５　傍聴：なし', '', '○中村委員長　ただいまから委員会を開会いたします。', '○上田委員　質問します。']);
		expect(groups(meeting)).toEqual([
			['出席委員', null, [['委員長　中村　恵子', '中村　恵子', '委員長'], ['委員　上田　浩二', '上田　浩二', '委員']]],
			['欠席委員', 'なし', []],
		]);
	});

	test('a group named before なし in a roll is noted so, whatever opens it (`（傍聴者）なし`)', () => {
		const meeting = read(['第２回審議会議事録', '日時　令和６年１１月１２日（火）', '出席者', '（委員）高野　修一、青木　美和', '（傍聴者）なし', '', '青木委員　開会します。', '高野委員　質問します。']);
		expect(groups(meeting)?.[1]).toEqual(['傍聴者', 'なし', []]);
	});
});

describe("an association's roll and floor", () => {
	const meeting = read([
		'一般社団法人みなと観光協会　第３回理事会議事録',
		'',
		'日時：令和６年７月１８日（木）１８時００分～１９時３０分',
		'場所：みなと会館　会議室Ａ',
		'出席：会長 東、副会長 西村、理事 江藤、小川、片山',
		'記録：書記次長',
		'',
		'会長 東：定刻になりましたので始めます。',
		'正会員 南：夏祭りの駐車場はどうなりますか。',
		'理事 江藤：臨時駐車場を二か所用意します。',
		'賛助会員　西田：協賛金の案内はいつ頃届きますか。',
		'会長 東：来週お送りします。',
	]);

	test('理事 carries over the bare names after it, never 会長 over the next', () => {
		expect(groups(meeting)?.[0]).toEqual(['出席者', null, [['会長 東', '東', '会長'], ['副会長 西村', '西村', '副会長'], ['理事 江藤', '江藤', '理事'], ['小川', '小川', '理事'], ['片山', '片山', '理事']]]);
		expect(groups(read(['第３回理事会議事録', '日時：令和６年７月１８日（木）', '出席：会長 東、小川、理事 江藤', '', '会長 東：始めます。', '理事 江藤：報告します。']))?.[0]?.[2]).toEqual([['会長 東', '東', '会長'], ['小川', '小川', null], ['理事 江藤', '江藤', '理事']]);
	});

	test('a surname of one letter among a post’s holders is a surname (`監事 北原、南`)', () => {
		const board = read(['第３回理事会議事録', '日時：令和６年７月１８日（木）', '出席：会長 東、監事 北原、南', '', '会長 東：始めます。', '監事 北原：報告します。']);
		expect(groups(board)?.[0]?.[2]).toEqual([['会長 東', '東', '会長'], ['監事 北原', '北原', '監事'], ['南', '南', '監事']]);
	});

	test('`記録：書記次長` is a post, no one named 書記', () => {
		expect(groups(meeting)?.[1]).toEqual(['記録', null, [['書記次長', null, '書記次長']]]);
	});

	test('a member of the floor with their surname speaks', () => {
		const general = read([
			'みなと商店会　令和６年度通常総会議事録',
			'',
			'日時：令和６年５月２５日（土）１４時００分～１５時３０分',
			'場所：みなと会館　大ホール',
			'出席：正会員３２名（うち委任状１０名）',
			'',
			'議長（会長 東）：ただいまから通常総会を開会します。',
			'正会員 南：',
			'駐車場の件はどうなりましたか。',
			'会長 東：臨時駐車場を二か所用意しました。',
			'正会員　北村：アーケードの補修の予定を教えてください。',
			'賛助会員 西田：協賛金の案内は、いつ頃届きますか。',
			'会員 小池: 了解しました。',
		]);
		expect(general?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（会長 東）', 'ただいまから通常総会を開会します。'],
			['正会員 南', '駐車場の件はどうなりましたか。'],
			['会長 東', '臨時駐車場を二か所用意しました。'],
			['正会員　北村', 'アーケードの補修の予定を教えてください。'],
			['賛助会員 西田', '協賛金の案内は、いつ頃届きますか。'],
			['会員 小池', '了解しました。'],
		]);
	});
});

describe("an assembly's roll whose names end in 委員", () => {
	test('`石井　誠委員` is 石井 誠, as `小川　健一委員` is 小川 健一: no member named with the post', () => {
		const meeting = read(['令和五年第四回南浜市議会定例会会議録', '', '令和五年十二月五日（火曜日）', '', '出席議員　四名', '　　石井　誠委員　　　小川　健一委員', '　　森　正樹委員　　　青木　翔委員', '', '午前十時開議', '○議長（石井誠君）　これより本日の会議を開きます。', '○小川健一議員　質問いたします。']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['石井 誠', '小川 健一', '森 正樹', '青木 翔']);
	});
});

describe('a note after a reference mark closing a roll row', () => {
	test('`※代理出席` after the affiliation is a note of the member, the affiliation no member of its own', () => {
		const meeting = read(['東野市環境審議会（令和６年度第２回）会議録', '', '日時　令和６年１１月１２日（火）午後２時から午後４時まで', '場所　第一会議室', '', '出席者', '　委員　　高野　修一　　東野大学教授　※代理出席', '　委員　青木　美和（市民公募）', '', '青木委員　それでは開会します。', '高野委員　質問があります。']);
		expect(meeting?.participants[0]?.members.map((member) => [member.text, member.name, member.title, member.affiliation])).toEqual([
			['委員　　高野　修一　　東野大学教授　※代理出席', '高野　修一', '委員', '東野大学教授'],
			['委員　青木　美和（市民公募）', '青木　美和', '委員', '市民公募'],
		]);
	});
});

describe("an assembly's roll of names set evenly apart", () => {
	test("`小　川　健　一` is spelt with the space its speaker's label gives, as `青　木　　　翔` is", () => {
		const meeting = read([
			'令和６年第２回ひがし町議会定例会会議録（第３号）',
			'',
			'令和６年６月１２日（水曜日）',
			'',
			'出席議員（２名）',
			'　１番　青　木　　　翔　　　２番　小　川　健　一',
			'',
			'　　　　　　　　　　　開議　午前１０時００分',
			'○議長（青木　翔君）　ただいまから本日の会議を開きます。',
			'○２番（小川　健一君）　一般質問を行います。',
		]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['青木 翔', '小川 健一']);
	});
});
