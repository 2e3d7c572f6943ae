/**
 * The twenty-first audit's layouts, written here after real records: an assembly's office staff listed as names with
 * the post after each (`榎本雅朝局長　山名聡美主任　並木義之主事`); a committee whose official shares a surname with a member
 * and is told apart by a letter of the given name before the post (`○鈴木(美)保健所長`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { readTitle } from '../../src/parser/title.ts';
import { meetingOf, parseLayout, parseText } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');

describe("an office's staff as names with the post after each", () => {
	test('each pair is a member with the post as title', () => {
		const meeting = meetingOf('assembly/audit21-staff-name-post.txt');
		const staff = meeting.participants.find((group) => group.group === '事務局職員');
		expect(staff?.members.map((member) => [member.name, member.title])).toEqual([
			['榎本雅朝', '局長'],
			['山名聡美', '主任'],
			['並木義之', '主事'],
		]);
	});

	test('a line of departments is still posts with their holders', () => {
		const text = readFileSync(join(DIR, 'assembly/audit21-staff-name-post.txt'), 'utf8').replace('榎本雅朝局長　山名聡美主任　並木義之主事', '企画財政課長　杉本　学　　上下水道局長　田島　稔');
		const staff = parseText(text, 'departments.txt').meeting?.participants.find((group) => group.group === '事務局職員');
		expect(staff?.members.map((member) => [member.name, member.title])).toEqual([
			['杉本 学', '企画財政課長'],
			['田島 稔', '上下水道局長'],
		]);
	});
});

describe('an official told apart by a letter of the given name', () => {
	test('`○鈴木(美)保健所長` speaks in turns of their own', () => {
		const meeting = meetingOf('council/audit21-told-apart-post.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text.slice(0, 8)])).toEqual([
			['高橋委員長', 'ただいまから厚生'],
			['鈴木(美)保健所長', '保健所の体制につ'],
			['高橋委員長', '質疑はありません'],
			['鈴木（章）委員', '係を増やした理由'],
			['鈴木(美)保健所長', '昨年度の相談件数'],
			['鈴木（美）委員', '人員の確保はどう'],
			['佐藤健康福祉部長', '会計年度任用職員'],
			['高橋委員長', '以上で本日の委員'],
		]);
	});
});

describe('names that end as places do', () => {
	test('`議長（山田正道君）`, `２番（前川豊市君）` are members who speak', () => {
		const meeting = meetingOf('assembly/audit21-names-ending-as-places.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長（山田正道君）', '１番（佐藤博道君）', '総務部長（田中秀道君）', '２番（前川豊市君）', '議長（山田正道君）']);
		expect(meeting.participants[0]?.members.map((member) => member.name)).toEqual(['佐藤博道', '前川豊市', '山田正道']);
	});
});

describe('a surname of two letters, a full-width space and the post', () => {
	test('`○本田　委員　　…` is a turn of its own, as `○早稲田　委員` is', () => {
		const meeting = meetingOf('council/audit21-surname-space-post.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['中村委員長', '御意見をお願いします。'],
			['早稲田委員', '予算審査の方法を見直すべきと考えます。'],
			['本田委員', '私も同じ意見です。'],
			['中村委員長', '以上で閉会いたします。'],
		]);
	});
});

describe("a minutes system's speech numbers alone above each turn", () => {
	test('are no part of the remark before', () => {
		const meeting = meetingOf('assembly/audit21-speech-numbers.txt');
		expect(meeting.remarks.map((remark) => remark.text)).toEqual(['それでは、議事に入ります。事務局から説明をお願いします。', '初議会は5月14日午前10時から開会の予定でございます。', '議席の決定はどのように行うのでしょうか。', 'これで本日の打合会を終わります。']);
	});

	test('a number that does not count up, or stands above no turn, stays', () => {
		const text = '令和６年第１回みどり町議会定例会会議録\n令和６年３月１日（金曜日）午前１０時開議\n○議長（山田太郎君）　ただいまから会議を開きます。\n　予算は次のとおりです。\n2024\n　以上です。\n○議長（山田太郎君）　散会します。\n';
		const remarks = parseText(text, 'number.txt').meeting?.remarks ?? [];
		expect(remarks).toHaveLength(2);
		expect(remarks[0]?.text).toContain('2024');
	});
});

describe('turns of officials, the city and the public', () => {
	const turns = (file: string) => meetingOf(file).remarks.map((remark) => [remark.speaker, remark.text.slice(0, 6)]);

	test('`○伊藤委員代理　…`, a member standing in for another, speaks', () => {
		expect(turns('council/audit21-deputy-member.txt')).toEqual([
			['事務局(星野)', '人口密度と公'],
			['伊藤委員代理', '防災の観点か'],
			['事務局(星野)', '想定浸水深3'],
		]);
	});

	test('an official by the post alone before a full-width space (`環境課長　資料1について…`)', () => {
		expect(turns('council/audit21-post-alone-turns.txt')).toEqual([
			['山田会長', 'ただいまから'],
			['環境課長', '資料1につい'],
			['佐藤委員', '基金残高につ'],
			['環境政策課長', '次回お示しし'],
		]);
	});

	test('the city answering residents (`市：…`)', () => {
		expect(turns('council/audit21-city-answers.txt')).toEqual([
			['参加者Ａ', '子育て世代の'],
			['市', '保育所の定員'],
			['参加者Ｂ', 'バス路線の減'],
			['市', '地域公共交通'],
		]);
	});

	test('speakers at a public hearing numbered (`公述人1　…`)', () => {
		expect(turns('council/audit21-public-hearing.txt').map(([speaker]) => speaker)).toEqual(['議長', '公述人1', '議長', '公述人2', '議長']);
	});

	test('answers by a post in brackets (`答（高齢者福祉課長）　…`) apart from the questions', () => {
		expect(turns('council/audit21-typed-post-answers.txt')).toEqual([
			['問（川村委員）', '養成数が目標'],
			['答（高齢者福祉課長）', '講座の再開が'],
			['問（坂本委員）', '欠員状況はど'],
			['答（介護保険室長）', '８センターで'],
		]);
	});

	test('a roll line after a post stays no turn (`　理事　佐野　博之（重任）`)', () => {
		const text = '第1回西浜市環境審議会　会議録\n日時　令和6年9月26日（木）午後1時30分\n出席者\n　委員　山田　太郎、佐藤　花子\n議事\n山田会長　ただいまから開会します。\n環境課長　山田　太郎\n佐藤委員　以上です。\n';
		expect(parseText(text, 'roll.txt').meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田会長', '佐藤委員']);
	});
});

describe("HackMD's embed line first (`{%hackmd @hackmd/theme-dark %}`)", () => {
	test('is no JSON: the Markdown reader reads the minutes under it', () => {
		const result = parseLayout('markup/audit21-hackmd-theme-line.md');
		expect(result.family).toBe('markup');
		expect(result.meeting).toMatchObject({ title: '2024/08/02 勉強会 運営MTG', date: '2024-08-02' });
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['Aki', 'LTは5枠で募集する。']]);
	});

	test('a JSON document still goes to the JSON reader, broken or not', () => {
		expect(parseText('{"meetingRecord": [', 'broken.json').family).toBe('ndl-json');
		expect(parseText('  {\n  "numberOfRecords": 0 }', 'empty.json').family).toBe('ndl-json');
	});
});

describe('a board of audit (`第5回監査委員会議　会議録`)', () => {
	const result = parseLayout('council/audit21-audit-committee.txt');

	test('is no assembly, though 会議 runs on into 会議録 and a member is 議会選出', () => {
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ series: '監査委員会議', date: '2024-09-26' });
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['松岡代表監査委員', '吉村監査事務局長']);
	});

	test('its members, each a post with the kind of holder in brackets, then the name', () => {
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['小川 美紀', '監査委員（識見）'],
			['石井 健太', '監査委員（議会選出）'],
		]);
	});
});

describe("an agricultural committee's 総会 with labels padded wider than the gap after them (`議　　長　…`)", () => {
	const result = parseLayout('council/audit21-padded-labels-narrow-gap.txt');

	test('is read by the council reader: 招集年月日 dates it, 招集場所 places it, the roll is read', () => {
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ date: '2025-01-14', start: '13:30', location: '日南野町役場　議場', series: '日南野町農業委員会総会' });
		expect(result.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['北垣　寿成', '田淵　泰雄']);
	});

	test("each of the chair's turns is the chair's, not the end of the remark before", () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text.slice(0, 6)])).toEqual([
			['議長', '報告第1号に'],
			['事務局長', '合意解約の報'],
			['議長', '質疑はありま'],
			['２番委員', '貸し手は今後'],
			['事務局長', 'ご子息が就農'],
			['議長', '報告第1号を'],
		]);
	});

	test('who signs the minutes is no speaker', () => {
		expect(result.meeting?.remarks.some((remark) => remark.speaker.includes('署名'))).toBe(false);
	});
});

describe('motions at the margin under indented turns, and how the vote went', () => {
	const parts = (file: string) => meetingOf(file);

	test('`第２号議案　…の件` at the margin right under an indented turn heads the next part', () => {
		const result = parseLayout('council/audit21-motions-at-margin.txt');
		expect(result.body.map((section) => section.title)).toEqual(['第１号議案　予算編成方針承認の件', '第２号議案　規約細則の一部改正の件']);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岩田理事', '宅配の燃料費の見通しは。'],
			['小野寺専務理事', '前年比３％増で見込んでいる。'],
		]);
	});

	test('a motion alone (`第２号議案`) heads its part; a tally (`賛成８５、反対１、棄権２　→　可決`) and `全員異議なく承認。` are no one\'s words', () => {
		const meeting = parts('council/audit21-vote-tally.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['組合員（４０２号室）', '修繕積立金の運用先は。'],
			['山崎理事長', '定期預金と国債が約半々です。'],
			['吉田理事', '予算案を説明します。'],
		]);
		const result = parseLayout('council/audit21-vote-tally.txt');
		expect(result.body.map((section) => section.title)).toEqual(['第１号議案', '第２号議案']);
	});

	test('a motion read out inside an indented turn stays the speaker\'s words', () => {
		const text = 'みなみ生活協同組合　第８回理事会議事録\n\n日時　２０２４年１１月２１日（木）１３：３０～１６：００\n場所　本部３階会議室\n出席理事　理事長　中村　美智子、理事　岩田　節子\n\n第１号議案　予算編成方針承認の件\n　中村理事長　次の議案を読み上げます。\n　第２号議案　規約細則の一部改正の件\n　岩田理事　異議ありません。\n';
		const result = parseText(text, 'read-out.txt');
		expect(result.meeting?.remarks[0]?.text).toContain('第２号議案');
	});
});

describe('the signatures under the minutes', () => {
	test("an assembly's (`地方自治法第１２３条第２項の規定により、ここに署名する。`) are notes, not the chair's words", () => {
		const result = parseLayout('assembly/audit21-signatures.txt');
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual(['以上で本臨時会を閉会します。\n（午前１０時５０分）']);
		const notes = result.body.flatMap((section) => section.children).filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : ''));
		expect(notes).toEqual(['地方自治法第１２３条第２項の規定により、ここに署名する。', '令和６年５月１４日', 'ひなた町議会議長　　湯　川　　　豊', '署　名　議　員　　宮　本　　　学']);
	});

	test('a speaker saying they will sign, with turns after it, goes on speaking', () => {
		const text = readFileSync(join(DIR, 'assembly/audit21-signatures.txt'), 'utf8').replace('○議長（湯川　豊）　以上で本臨時会を閉会します。', '○議長（湯川　豊）　会議録署名議員を指名します。\n　後ほど会議録にここに署名します。\n○１番（宮本学君）　承知しました。\n○議長（湯川　豊）　以上で本臨時会を閉会します。');
		const remarks = parseText(text, 'sign-mid.txt').meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual(['議長（湯川　豊）', '１番（宮本学君）', '議長（湯川　豊）']);
		expect(remarks[0]?.text).toContain('ここに署名します。');
	});

	test("a council's (`上記のとおり相違ないことを証するため、ここに署名する。`) too", () => {
		const result = parseLayout('council/audit21-signatures.txt');
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual(['ただいまから会議を開きます。', '特にありません。', '以上で閉会します。']);
	});
});

describe("an assembly committee's rolls and number", () => {
	test('`欠席委員` and `委員外議員` are groups of their own, not more members present', () => {
		const meeting = meetingOf('assembly/audit21-committee-absent-outside.txt');
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['山田一郎', '藤本直子']],
			['欠席委員', ['大橋和夫']],
			['委員外議員', ['吉岡修']],
			['説明のため出席した者', ['西田美加']],
		]);
	});

	test("a bill the chair's opening names (`議第78号を議題といたします`) is no sitting's number", () => {
		const meeting = meetingOf('assembly/audit21-bill-in-opening.txt');
		expect(meeting.sessionLabel).toBe('平成26年12月定例会');
		expect(meeting.title).toBe('ひがしね台市議会 予算特別委員会 平成26年12月定例会');
	});
});

describe("a residents' association's minutes told in sentences under each motion, no body label", () => {
	test('are read by the council reader: the header (`出席　会長　西田、会計　高橋`) and the motions as parts', () => {
		const result = parseLayout('council/audit21-narrative-motions.txt');
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ date: '2024-07-14', start: '10:00', end: '11:40', location: 'さくら台集会所' });
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['西田', '会長'],
			['高橋', '会計'],
		]);
		expect(result.body.map((section) => section.title)).toEqual(['第1号議案　事業報告', '第2号議案　予算']);
	});
});

describe('the next meeting after the text', () => {
	test('`次回日程：令和６年１２月上旬（調整中）` is a note, not the chair\'s words', () => {
		const result = parseLayout('council/audit21-next-meeting-field.txt');
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual(['支援額の上限引上げを検討いただきたい。', '予算要求の中で検討する。', '中間取りまとめ案を作成すること。']);
		expect(result.body.flatMap((section) => section.children).some((block) => block.type === 'note' && block.text.startsWith('次回日程'))).toBe(true);
	});

	test('`４　次回日程` heads a part after the last turn', () => {
		const result = parseLayout('council/audit21-next-meeting-heading.txt');
		expect(result.meeting?.remarks.at(-1)?.text).toBe('感度分析を加えていただきたい。');
		expect(result.body.map((section) => section.title)).toContain('次回日程');
	});
});

describe('headers the council reader had missed', () => {
	test('a rule under the title and `議事録` (`────` / `日　時：…`), and under the roll', () => {
		const result = parseLayout('council/audit21-rule-under-title.txt');
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ date: '2024-08-02', start: '15:00', end: '17:00' });
		expect(result.meeting?.participants[0]?.members.map((member) => member.text)).toEqual(['相澤座長', '今村構成員']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['相澤座長', '今村構成員']);
	});

	test('`〔開会〕` over the first turn when `開会日時` dated the header; `〔議案第３０号　…〕` heads its part', () => {
		const result = parseLayout('council/audit21-opening-bracket-heading.txt');
		expect(result.family).toBe('council');
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['小島秀樹', '教育長'],
			['長谷川 誠', '委員'],
		]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['教育長（小島秀樹）', 'ただいまから１１月定例会を開会します。'],
			['教育長（小島秀樹）', '議案第３０号について、説明を求めます。'],
			['委員（長谷川誠）', '保護者への周知はいつ頃行う予定ですか。'],
		]);
		expect(result.body.map((section) => section.title)).toContain('議案第３０号　南丘市立学校管理規則の一部改正について');
	});
});

describe('`概要` alone as the body label', () => {
	test('opens the text: the points said by whom are remarks, the header is read', () => {
		const result = parseLayout('council/audit21-gaiyo-label.txt');
		expect(result.family).toBe('council');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岡田副委員長', '聴き取り記録の記載方法を統一すべきである。'],
			['野村委員長', '要約して記載する。'],
		]);
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['出席者', '事務局']);
	});
});

describe("a point's speaker wrapped onto the next line", () => {
	test('`・…見直す必要がある。` / `　　（川邊構成員）`: the point is 川邊構成員\'s, the next point no one\'s', () => {
		const meeting = meetingOf('council/audit21-wrapped-attribution.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['落合構成員', '移行期限に間に合わない団体への支援策を、早期に具体化すべき。'],
			['川邊構成員', 'ベンダーの人材不足は構造的な問題であり、国が調達の在り方を見直す必要がある。'],
		]);
	});
});

describe("an education board's 会議録 over two title lines, with who signs it", () => {
	const result = parseLayout('council/audit21-education-board-signer.txt');

	test('the series is the board (`中野台区教育委員会会議録` / `令和6年第20回定例会`)', () => {
		expect(result.meeting?.series).toBe('中野台区教育委員会');
	});

	test('the signer padded to the column (`委　員　　大　島　やよい`) is no speaker', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['田辺教育長', '大島委員']);
	});
});

describe('lists and headings that had made speakers', () => {
	test('`①　１０月度収支報告（管理会社）` over `②　…` makes no remark of 管理会社', () => {
		const result = parseLayout('council/audit21-numbered-reports.txt');
		expect(result.meeting?.remarks).toEqual([]);
		expect(JSON.stringify(result.body)).toContain('②　エレベーター定期点検結果（異常なし）');
	});

	test("`議事録` alone over the roll (`出席者:` / … / `欠席者:` / …), a university's 経営協議会: the roll is the header's", () => {
		const meeting = meetingOf('council/audit21-record-heading-over-roll.txt');
		expect(meeting.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席者', 4],
			['欠席者', 2],
		]);
		expect(meeting.remarks).toEqual([]);
	});
});

describe("Obsidian's comments (`%% … %%`)", () => {
	test('are never published, on one line or over several; a lone % stays', () => {
		const result = parseLayout('markup/audit21-obsidian-comments.md');
		const text = JSON.stringify(result.body);
		expect(text).not.toContain('非公開');
		expect(text).not.toContain('旧システム');
		expect(text).toContain('移行は11月。');
		expect(text).toContain('割引は5%と10%の二段階。');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['高木', '説明会を開きます。'],
			['村瀬', '了解です。'],
		]);
	});
});

describe("a union's posts held by several (`副執行委員長　三浦・荒木`) and `（副委員長・三浦）` before the words", () => {
	const meeting = meetingOf('council/audit21-union-posts-dotted.txt');

	test('each surname after a post is a member with it', () => {
		expect(meeting.participants[0]?.members.slice(0, 5).map((member) => [member.name, member.title])).toEqual([
			['竹内', '執行委員長'],
			['三浦', '副執行委員長'],
			['荒木', '副執行委員長'],
			['上田', '執行委員'],
			['小池', '執行委員'],
		]);
	});

	test('the role and the surname in brackets speak', () => {
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['竹内委員長', 'では始めます。'],
			['副委員長・三浦', '12月1日の団体交渉で妥結した。'],
			['上田委員', '若手から要望が強い。'],
		]);
	});
});

describe("a society's roll of roles in brackets before each holder (`（会長）石井 誠、（副会長）大野 久美子、（会計幹事）Kim Soyeon`)", () => {
	const meeting = meetingOf('council/audit21-bracketed-roles-roll.txt');

	test('each entry is its holder with that role, the first no group', () => {
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席者', [['石井 誠', '会長'], ['大野 久美子', '副会長'], ['Kim Soyeon', '会計幹事']]],
			// (An absent member's role in brackets heads a group of the absent, as `欠席者（構成員）` does.)
			['欠席（委員）', [['岡部 光', null]]],
		]);
	});

	test('the member with a Latin name speaks (`Kim Soyeon：…`)', () => {
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['石井会長', 'Kim Soyeon', '大野副会長']);
	});
});

describe("an association's numbered questions and answers, and its board's counts", () => {
	test('`質問①（５班 会員）：…`, `回答①（高橋会計）：…`, `質問1.…`, `回答1.…` are turns', () => {
		expect(meetingOf('council/audit21-numbered-qa.txt').remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['質問①（５班 会員）', '夏祭りの支出が多い理由は。'],
			['回答①（高橋会計）', 'テント借用料の値上がりによるものです。'],
			['質問', '雨天の場合はどうするのか。'],
			['回答', '会館内で縮小して行う。'],
		]);
	});

	test('`理事定数　１５名　出席理事　１３名` and `監事定数` are fields of their own, not more of the place', () => {
		const meeting = meetingOf('council/audit21-board-counts.txt');
		expect(meeting.location).toBe('本部３階会議室');
		expect(meeting.participants[0]?.members.map((member) => member.name)).toEqual(['中村　美智子', '岩田　節子']);
	});
});

describe("an assembly's sitting day and its 全員協議会", () => {
	test('`３．開議年月日` dates the sitting, not `１．開会年月日` (the session\'s first day)', () => {
		expect(meetingOf('assembly/audit21-sitting-day-field.txt').date).toBe('2009-09-25');
	});

	test('a 全員協議会 is a series of its own, not the plenary\'s', () => {
		expect(meetingOf('assembly/audit21-all-members-council.txt')).toMatchObject({ series: 'みずほ野町議会 全員協議会', title: 'みずほ野町議会 全員協議会 2024-10-02' });
	});
});

describe('rolls the word lists did not know', () => {
	test('`委員長：星名建市、副委員長：安孫子哲`: a name after a role\'s colon is the holder, though it ends as a city does', () => {
		const meeting = meetingOf('council/audit21-role-colon-names.txt');
		expect(meeting.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['星名建市', '委員長'],
			['安孫子哲', '副委員長'],
			['中村紀雄', '委員'],
			['岩井均', '委員'],
			['塚原仁', '委員'],
		]);
	});

	test("`議会事務局` over the staff heads their group, not more officials", () => {
		const text = readFileSync(join(DIR, 'assembly/audit21-committee-absent-outside.txt'), 'utf8').replace('説明のため出席した者\n　財政課長　　　　西　田　美　加　君', '説明のため出席した者\n　財政課長　　　　西　田　美　加　君\n議会事務局\n　議事課長　　　　小　野　哲　也　君');
		const groups = parseText(text, 'staff.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups?.slice(-2)).toEqual([
			['説明のため出席した者', ['西田美加']],
			['事務局職員', ['小野哲也']],
		]);
	});
});

describe('`議事日程(第1号)に同じ` under 本日の会議に付した事件', () => {
	test('adds nothing to the agenda', () => {
		expect(meetingOf('assembly/audit21-same-as-agenda-numbered.txt').agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '議案第51号 財産の取得について']);
	});
});

describe('mentions with a note in brackets after a space (`@hayashi @mori @佐々木 (途中参加)`)', () => {
	test('are one participant each, and each speaks', () => {
		const meeting = meetingOf('markup/audit21-mentions-bracket-note.md');
		expect(meeting.participants[0]?.members.map((member) => member.name)).toEqual(['hayashi', 'mori', '佐々木']);
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['hayashi', 'API を変更した。'],
			['佐々木', 'キャッシュは 1 日でいい。'],
		]);
	});
});

describe("an association's month or day in its title", () => {
	test('`ひばり台町内会　１０月役員会`: the month is no part of the series, so every month\'s meeting is in one', () => {
		expect(meetingOf('council/audit21-month-in-title.txt').series).toBe('ひばり台町内会　役員会');
		expect(readTitle('あおば自治会 11月定例理事会 議事録', null).series).toBe('あおば自治会 定例理事会');
		expect(readTitle('商店会役員会 2024年8月21日', null).series).toBe('商店会役員会');
	});

	test('a month that is the whole name stays', () => {
		expect(readTitle('10月役員会', null).series).toBe('10月役員会');
	});
});

describe('a role, a space and a name in Latin letters or katakana', () => {
	test('`執行委員　Lee`, `委員 John Smith`, `理事　ウィルソン・ジェームス` are those members', () => {
		expect(parseNameLabel('執行委員　Lee')).toEqual({ name: 'Lee', title: '執行委員', affiliation: null });
		expect(parseNameLabel('委員 John Smith')).toEqual({ name: 'John Smith', title: '委員', affiliation: null });
		expect(parseNameLabel('理事　ウィルソン・ジェームス')).toEqual({ name: 'ウィルソン・ジェームス', title: '理事', affiliation: null });
		expect(meetingOf('council/audit21-union-posts-dotted.txt').participants[0]?.members.at(-1)).toMatchObject({ name: 'Lee', title: '執行委員' });
	});

	test('a word that is no role before them reads no person (`事務局　Google Meet`)', () => {
		expect(parseNameLabel('事務局　Google Meet').name).toBeNull();
	});
});

describe('`出席　１５名` / `欠席　２名` as fields', () => {
	test('the absent count is no member present', () => {
		const text = '第３回さくら台自治会役員会議事録\n日時　令和6年7月14日(日)　午前10時00分～11時40分\n場所　さくら台集会所\n出席　１５名\n欠席　２名\n\n第1号議案　事業報告\n　西田会長より説明があった。\n';
		const meeting = parseText(text, 'counts.txt').meeting;
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).not.toContain('欠席　２名');
	});
});
