/**
 * Who speaks in councils' 議事要旨 and 議事録: a body the roll lists (observers, those heard) in brackets
 * (`【日本民間放送連盟】`, `（日本農泊推進機構）…`), a member anonymised by a letter with the body they stand for
 * (`Ｃ委員（バス事業者）　…`), and the end mark drawn with box-drawing rules (`──了──`), which is no one's words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const turns = (lines: readonly string[]) => parse(lines)?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);
/** The body's notes, each as its text. */
const notesOf = (lines: readonly string[]): string[] => JSON.stringify(parse(lines)?.body).match(/"type":"note","text":"[^"]*"/gu)?.map((note) => JSON.parse(`{${note}}`).text as string) ?? [];

const header = [
	'デジタル時代における放送制度の在り方に関する検討会（第２５回）議事要旨',
	'１　日時',
	'　令和６年４月８日（月）１６時００分から１８時００分まで',
	'２　出席者',
	'（１）構成員',
	'　三友座長、落合構成員、瀧構成員',
	'（２）オブザーバー',
	'　日本放送協会、一般社団法人日本民間放送連盟、個人情報保護委員会事務局',
	'（３）ヒアリング出席者',
	'　一般社団法人日本農泊推進機構　理事長　吉村　健',
	'３　議事要旨',
];

describe('who speaks in council minutes', () => {
	test('a body of the roll in lenticular brackets over its words speaks, as written or without its legal form', () => {
		expect(turns([...header, '【落合構成員】', '　競争評価の仕組みを具体的に示してほしい。', '【日本民間放送連盟】', '　ローカル局の経営基盤強化の観点から議論に参加したい。', '【個人情報保護委員会事務局】', '　引き続き連携して対応したい。', '【瀧構成員】', '　早めに論点を整理すべき。'])).toEqual([
			['落合構成員', '競争評価の仕組みを具体的に示してほしい。'],
			['日本民間放送連盟', 'ローカル局の経営基盤強化の観点から議論に参加したい。'],
			['個人情報保護委員会事務局', '引き続き連携して対応したい。'],
			['瀧構成員', '早めに論点を整理すべき。'],
		]);
	});

	test('a listed member\'s body in round brackets before its words speaks, where it had run into the turn before', () => {
		expect(turns([...header, '（落合構成員）地域によって保健所の運用に差があると聞く。', '（日本農泊推進機構）現場では、保健所ごとに求められる書類が異なる。', '（瀧構成員）次回までに実態を報告してほしい。'])).toEqual([
			['落合構成員', '地域によって保健所の運用に差があると聞く。'],
			['日本農泊推進機構', '現場では、保健所ごとに求められる書類が異なる。'],
			['瀧構成員', '次回までに実態を報告してほしい。'],
		]);
	});

	test('a bracket of a body no one lists stays a heading', () => {
		const result = parse([...header, '【総論】', '【落合構成員】', '　競争評価の仕組みを示してほしい。']);
		expect(result?.meeting?.sections.map((section) => section.title)).toContain('総論');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['落合構成員']);
	});

	test('a member anonymised by a letter, with their body in brackets, speaks', () => {
		const lines = [
			'令和６年度第１回○○市地域公共交通会議　会議録（要旨）',
			'■日時　令和６年６月１９日（水）１４時００分～１５時３０分',
			'■議事内容',
			'　Ｂ委員　　見直し後のルートでは、病院へのアクセスが悪くなる地区があるのではないか。',
			'　事務局　　デマンド交通での対応を検討している。',
			'　Ｃ委員（バス事業者）　　運転士の確保が難しいため、増便については慎重に検討したい。',
			'　委員Ｄ（公募）：利用者アンケートを実施してほしい。',
			'　会長　　　原案のとおり承認してよろしいか。',
		];
		expect(turns(lines)).toEqual([
			['Ｂ委員', '見直し後のルートでは、病院へのアクセスが悪くなる地区があるのではないか。'],
			['事務局', 'デマンド交通での対応を検討している。'],
			['Ｃ委員（バス事業者）', '運転士の確保が難しいため、増便については慎重に検討したい。'],
			['委員Ｄ（公募）', '利用者アンケートを実施してほしい。'],
			['会長', '原案のとおり承認してよろしいか。'],
		]);
	});

	test('an end mark between box-drawing rules is a note, no more of the last turn', () => {
		for (const mark of ['──了──', '━━了━━', '－了－']) {
			const lines = ['金融審議会　市場制度ワーキング・グループ（第２０回）議事録', '日時：令和５年１０月３日（火）１５時００分～１７時００分', '議事録', '○神田座長', '　それでは、本日はこれにて閉会いたします。', '', mark];
			expect(turns(lines)).toEqual([['神田座長', 'それでは、本日はこれにて閉会いたします。']]);
			expect(notesOf(lines)).toEqual([mark]);
		}
	});

	test('a member named in Latin capitals or full-width letters speaks (○ＬＥＥ委員, Ｌｅｅ委員：, ○KIM座長), two capitals stay anonymous', () => {
		const lines = ['第４回　児童虐待防止対策部会　議事録', '日時：令和６年１０月２８日（月）１０：００～１２：００', '議事', '○KIM座長　それでは議事に入ります。', '○ＬＥＥ委員　海外の事例について補足させていただきます。', 'Ｌｅｅ委員：もう一点あります。', 'ＡＢ委員：賛成です。'];
		expect(turns(lines)).toEqual([
			['KIM座長', 'それでは議事に入ります。'],
			['ＬＥＥ委員', '海外の事例について補足させていただきます。'],
			['Ｌｅｅ委員', 'もう一点あります。'],
			['ＡＢ委員', '賛成です。'],
		]);
	});

	test('the record telling who spoke next, past a blank line, ends the last turn', () => {
		const lines = [
			'規制改革推進会議　第５回　地域産業活性化ワーキング・グループ　議事概要',
			'１．日時：令和６年１１月７日（木）10:00～11:30',
			'２．出席者：',
			'（委員）中山座長、岡田委員',
			'（ヒアリング出席者）農林水産省',
			'３．議事概要：',
			'（委員）旅館業法の簡易宿所の基準について、緩和措置はどこまで認められているのか。',
			'（農林水産省）客室の延床面積の要件については、平成28年に緩和されている。',
			'（委員）次回までに、運用の実態を調べて報告してほしい。',
			'',
			'○最後に、座長から以下の発言があった。',
			'・本日の議論を踏まえ、事務局において論点を整理すること。',
		];
		expect(turns(lines)).toEqual([
			['委員', '旅館業法の簡易宿所の基準について、緩和措置はどこまで認められているのか。'],
			['農林水産省', '客室の延床面積の要件については、平成28年に緩和されている。'],
			['委員', '次回までに、運用の実態を調べて報告してほしい。'],
		]);
		// (Without the blank line a point under a turn stays that speaker's.)
		expect(turns([...lines.slice(0, 9), '・追加の資料を求める。'])?.at(-1)).toEqual(['委員', expect.stringContaining('追加の資料を求める。')]);
	});
});
