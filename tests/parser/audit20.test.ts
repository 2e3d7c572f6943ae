/**
 * The twentieth audit's layouts, written here after real records: a prefectural assembly that numbers its sessions since
 * its first (`第三百九十二回宮城県議会（定例会）`, no year in the session), and an association's minutes that mask the
 * speakers' names (`○○会長：`, `□□理事：`, `＊＊課長：`) and name who kept the record after the roll (`書記：□□`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { readTitle } from '../../src/parser/title.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { meetingOf, parseLayout, parseText } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');
const parse = parseLayout;

describe('an assembly that numbers its sessions since its first', () => {
	test('`第三百九十二回宮城県議会（定例会）` gives the session label, the date the year', () => {
		const meeting = meetingOf('assembly/audit20-numbered-since-first.txt');
		expect(meeting).toMatchObject({ series: '宮城県議会', sessionLabel: '第392回定例会 第3号', title: '宮城県議会 第392回定例会 第3号', date: '2024-06-18', start: '10:01', end: '14:50' });
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長（菊地恵一君）', '一番（青木誠君）', '議長（菊地恵一君）', '知事（村井嘉浩君）', '議長（菊地恵一君）']);
	});

	test('in digits and with 臨時会 too', () => {
		const text = readFileSync(join(DIR, 'assembly/audit20-numbered-since-first.txt'), 'utf8').replace('第三百九十二回宮城県議会（定例会）会議録', '第３９３回宮城県議会臨時会会議録');
		expect(parseText(text, 'rinji.txt').meeting?.sessionLabel).toBe('第393回臨時会 第3号');
	});
});

describe('masked names', () => {
	const meeting = meetingOf('council/audit20-masked-names.txt');

	test('each masked label is a turn of its own, the mask kept as written', () => {
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text.slice(0, 6)])).toEqual([
			['○○会長', '今年も地区の'],
			['□□理事', '昨年は人手が'],
			['××副会長', '高校生ボラン'],
			['◇◇理事', '一人暮らしの'],
			['＊＊課長', '市としても名'],
			['Ａ会長', 'では次回まで'],
		]);
	});

	test('a masked label names nobody: its role only', () => {
		expect(parseNameLabel('○○会長')).toEqual({ name: null, title: '会長', affiliation: null });
		expect(parseNameLabel('＊＊課長')).toEqual({ name: null, title: '課長', affiliation: null });
		expect(parseNameLabel('Ａ会長')).toEqual({ name: null, title: '会長', affiliation: null });
		// Two different symbols, or a name, are no mask.
		expect(parseNameLabel('田中会長').name).toBe('田中');
	});

	test('`書記：□□` after `欠席者：` is who kept the record, not one of the absent', () => {
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席者', ['会長', '副会長2名', '理事5名', '監事1名（計9名）']],
			['欠席者', ['理事1名']],
			['書記', ['□□']],
		]);
	});
});

describe('a committee roll padded to columns (letters apart by ideographic spaces)', () => {
	const meeting = meetingOf('council/audit20-padded-two-columns.txt');
	const roll = (group: string) => meeting.participants.find((found) => found.group === group)?.members.map((member) => [member.title, member.name]);

	test('two columns of names, a name padded inside its cell (`岡　　　一　郎`) one member', () => {
		expect(roll('出席委員')).toEqual([
			[null, '星野和也'],
			[null, '宮田典子'],
			[null, '岡 一郎'],
			[null, '飯島健二'],
			[null, '中村 誠'],
			[null, '石川真弓'],
		]);
	});

	test('a post wrapped after 兼 onto a line of its own is one post with the name of its row; posts padded apart are one word', () => {
		expect(roll('説明のため出席した者')).toEqual([
			['副市長', '小島秀樹'],
			['上下水道部長兼下水道課長', '田口美穂'],
			['建設部長', '北村 聡'],
		]);
		expect(roll('事務局職員出席者')).toEqual([
			['事務局長', '桑原 進'],
			['次長', '森本直子'],
		]);
	});
});

describe('officials whose bureau no word list knows, and labels closed by a bracket alone', () => {
	test('`【守屋信用制度参事官】` and `○藤本市場機能参事官` alone over their words are turns, the label read whole', () => {
		const meeting = meetingOf('council/audit20-fsa-officials.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['山本座長', '守屋信用制度参事官', '山本座長', '岩田委員', '藤本市場機能参事官', '山本座長']);
		expect(meeting.remarks[1]?.text).toMatch(/^信用制度参事官の守屋でございます。/u);
		// (No section is made of the label.)
		expect(meeting.sections.map((section) => section.title)).not.toContain('守屋信用制度参事官');
		expect(parseNameLabel('守屋信用制度参事官').name).toBeNull();
	});

	test('`Ａ委員）　…`, `委員Ｂ）　…`: anonymised members are turns as named ones are, without the bracket', () => {
		const meeting = meetingOf('council/audit20-closing-bracket-labels.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['会長', '会長', '子育て支援課長', 'Ａ委員', '子育て支援課長', '委員Ｂ', '児童青少年課長']);
	});
});

describe('a municipal CMS page copied with its navigation', () => {
	test('`ページの先頭です。 メニューを飛ばして本文へ` and `現在地 トップページ > …` are left out of the title and header', () => {
		const text = ['ページの先頭です。 メニューを飛ばして本文へ', '現在地 トップページ > 分類でさがす > 教育 > 教育委員会 > 令和6年第3回教育委員会議(3月定例会)会議録', '', '本文', '', readFileSync(join(DIR, 'council/audit20-closing-bracket-labels.txt'), 'utf8')].join('\n');
		const { meeting } = parseText(text, 'cms.txt');
		expect(meeting?.title).toBe('令和６年度　第２回　ひがし野市子ども・子育て審議会　会議録');
		expect(meeting?.remarks).toHaveLength(7);
	});
});

describe("an owners' association's 総会 and a shopping street's board", () => {
	const general = meetingOf('council/audit20-owners-general-meeting.txt');
	const board = meetingOf('council/audit20-shopping-street-board.txt');

	test('labels padded apart by single spaces (`議　長：`, `荻　原：`) are turns', () => {
		expect(general.remarks.map((remark) => remark.speaker)).toEqual(['議長', '議長', '荻原', '４０２号室　田村様', '荻原', '議長', '堀田理事', '議長']);
	});

	test('the outcome after the turns (`審議の結果,原案通り承認された。`, `全員異議なく承認された。`, `異議なく了承された。`, `継続審議とする。`) is no one\'s words', () => {
		const said = [...general.remarks, ...board.remarks].map((remark) => remark.text).join('\n');
		expect(said).not.toMatch(/承認された|了承された|継続審議/u);
		expect(board.remarks.at(-1)?.text).toBe('換金の手続きを簡単にしてほしいという声がある。');
	});

	test('the 総会 header: counts and the chair are fields, not unknown sections; the numbered 議案 is the agenda', () => {
		const { diagnostics } = parse('council/audit20-owners-general-meeting.txt');
		expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([]);
		expect(general.agenda.map((item) => item.title)).toEqual(['第１号議案　第１５期事業報告承認の件', '第２号議案　第１６期収支予算（案）承認の件']);
	});

	test('a union\'s or a cooperative\'s officers speak: 専務, 常務, 組合長', () => {
		expect(board.remarks.map((remark) => remark.speaker)).toEqual(['坂東専務', '松下理事', '中村組合長', '北川常務', '林理事']);
		expect(parseNameLabel('坂東専務')).toEqual({ name: '坂東', title: '専務', affiliation: null });
		expect(parseNameLabel('林執行委員')).toEqual({ name: '林', title: '執行委員', affiliation: null });
	});
});

describe('sitting times marked ○', () => {
	test('`○午前10時00分 開 会` and `○午前10時48分 閉 会` are the sitting\'s times, not a list item or the chair\'s words', () => {
		const meeting = meetingOf('council/audit20-marked-sitting-times.txt');
		expect([meeting.start, meeting.end]).toEqual(['10:00', '10:48']);
		expect(meeting.remarks.at(-1)?.text).toBe('以上で本日の委員会を閉会いたします。');
	});
});

describe("a city's 定例月議会 as its minutes system writes it", () => {
	const meeting = meetingOf('assembly/audit20-member-headings.txt');

	test('`◯森 康哲議員 …` (a one-letter given name apart by a half-width space) and a post with kana (`◯藤井障がい福祉課長`) are turns', () => {
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長(樋口博己議員)', '森 康哲議員', '議長(樋口博己議員)', '藤井障がい福祉課長', '議長(樋口博己議員)', '北川由佳議員', '議長(樋口博己議員)']);
		expect(parseNameLabel('森 康哲議員')).toEqual({ name: '森 康哲', title: '議員', affiliation: null });
		expect(parseNameLabel('藤井障がい福祉課長')).toEqual({ name: '藤井', title: '障がい福祉課長', affiliation: null });
		expect(parseNameLabel('田中いきいき長寿課長')).toEqual({ name: '田中', title: 'いきいき長寿課長', affiliation: null });
	});

	test('`◇ 北 川 由 佳 君` heads the member\'s questions: a section, no empty remark', () => {
		expect(meeting.sections.map((section) => section.title)).toContain('北川由佳君');
		expect(meeting.remarks.every((remark) => remark.text !== '')).toBe(true);
		expect(parse('assembly/audit20-member-headings.txt').diagnostics.map((d) => d.message).join('\n')).not.toMatch(/no text/u);
	});

	test('lines indented by a half-width space after a sentence\'s end are paragraphs of their own', () => {
		expect(meeting.remarks[1]?.text).toBe('ありがとうございます。\n障がい福祉について伺います。グループホームの整備状況はいかがですか。');
	});
});

describe('a title centred on two lines', () => {
	test('`平成２９年第１回` / `みどり川環境衛生組合議会臨時会会議録`: the session is read across both', () => {
		const meeting = meetingOf('assembly/audit20-two-line-title.txt');
		expect(meeting).toMatchObject({ series: 'みどり川環境衛生組合議会', sessionLabel: '平成29年第1回臨時会 第1号', date: '2017-05-15' });
	});
});

describe('a roll set as a table of role, name and affiliation', () => {
	test('each row is one member; `同` takes the role of the row above', () => {
		const meeting = meetingOf('council/audit20-role-name-table.txt');
		expect(meeting.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['山田　昌弘', '会長', '中央大学文学部教授'],
			['石黒　不二代', '委員', 'ネットイヤーグループ株式会社取締役'],
			['井上　久美枝', '委員', '日本労働組合総連合会総合政策推進局長'],
			['大崎　麻子', '委員', '関西学院大学客員教授'],
		]);
	});
});

describe('series', () => {
	test.each([
		['令和六年第十回小鹿野町教育委員会定例会会議録', '小鹿野町教育委員会'],
		['新宿区選挙管理委員会会議録 令和６年第３回定例委員会', '新宿区選挙管理委員会 定例委員会'],
		['みなと県立大学　令和６年度第８回教育研究評議会　議事録', 'みなと県立大学　教育研究評議会'],
		['みなと県立大学　令和６年度第３回教授会　議事録', 'みなと県立大学　教授会'],
	])('%s → %s', (title, series) => {
		expect(readTitle(title, null).series).toBe(series);
	});

	test("a university's 教授会 and its 教育研究評議会 of the same year and number are two series, two ids", () => {
		const text = readFileSync(join(DIR, 'council/audit20-closing-bracket-labels.txt'), 'utf8');
		const [a, b] = ['教授会', '教育研究評議会'].map((body) => parseText(text.replace('令和６年度　第２回　ひがし野市子ども・子育て審議会　会議録', `みなと県立大学　令和６年度第２回${body}　議事録`), `${body}.txt`).meeting) as [Meeting, Meeting];
		expect(a.seriesSlug).not.toBe(b.seriesSlug);
		expect(entryId(a)).not.toBe(entryId(b));
	});
});

describe('a roll whose last line ends with the head count', () => {
	test('`中島委員、山岸委員（７名）` and `向井委員　森委員（２名）` are members, not groups named after them', () => {
		const meeting = meetingOf('council/audit20-counted-roll-lines.txt');
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['委員', ['藤田', '佐藤', '田中', '鈴木', '高野', '中島', '山岸']],
			['事務局', [null, null]],
			['欠席者', ['向井', '森']],
		]);
	});
});

describe("a residents' group's notes typed without a body label", () => {
	test('a topic and points said under it start the text after the roll: the council reader reads the roll and the attributed points', () => {
		const { meeting, diagnostics } = parse('council/audit20-hand-notes-points.txt');
		expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(/layout not recognized/u);
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['松尾', '岡', '西村', '原']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['松尾会長', '提灯の設置は若手にお願いしたい'],
			['岡副会長', '切れている防犯灯が3か所あるので市に連絡する'],
		]);
	});
});

describe("an online meeting's transcript with an account named in Latin letters", () => {
	test('`Akiko Nakamura: …` is her turn, whole, and she is one of the attendees', () => {
		const meeting = meetingOf('council/audit20-meet-latin-name.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['森田 恵', 'Akiko Nakamura', '森田 恵', '吉川 修', 'Akiko Nakamura', '森田 恵']);
		expect(meeting.participants[0]?.members.map((member) => member.name)).toEqual(['森田 恵', '吉川 修', 'Akiko Nakamura']);
		expect(parseNameLabel('Akiko Nakamura')).toEqual({ name: 'Akiko Nakamura', title: null, affiliation: null });
	});
});

describe("members of the floor at a 総会, and an association's officers by their office alone", () => {
	test('`会員（３組・野口）：…`, `組合員（４０２号室）　…` and `会計：…` are turns', () => {
		const meeting = meetingOf('council/audit20-floor-members.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長', '会長', '会員（３組・野口）', '会計', '組合員（４０２号室）', '会長']);
		expect(parseNameLabel('会員（３組・野口）')).toEqual({ name: '野口', title: '会員', affiliation: '３組' });
		expect(parseNameLabel('組合員（４０２号室）')).toEqual({ name: null, title: '組合員', affiliation: '４０２号室' });
	});
});

describe('`…の各教授` in the middle of a roll', () => {
	test('each run of bare names takes the role written after it', () => {
		const meeting = meetingOf('council/audit20-each-professor.txt');
		expect(meeting.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['中川', '学部長'],
			['宮下', '教授'],
			['村瀬', '教授'],
			['山岸', '教授'],
			['林', '准教授'],
			['森', '准教授'],
		]);
	});
});

describe("a metropolitan assembly committee's 速記録 roll", () => {
	test('posts written against names in kana (`委員長あかし 優君`), posts with kana in them and a bare 次長 are read apart', () => {
		const meeting = meetingOf('council/audit20-metro-shorthand-roll.txt');
		const roll = (group: string) => meeting.participants.find((found) => found.group === group)?.members.map((member) => [member.name, member.title]);
		expect(roll('出席委員')?.slice(0, 4)).toEqual([
			['あかし 優', '委員長'],
			['森田 浩一', '副委員長'],
			['たかの ひろみ', '理事'],
			['中山 健', '理事'],
		]);
		expect(roll('出席説明員')).toEqual([
			['田中 誠', '教育庁教育長'],
			['石原 純', '次長'],
			['岩本 恵子', '子供・子育て支援部長'],
		]);
	});
});

describe("a prefecture's 審議結果 form with its enquiry block inside the header", () => {
	test('the block ends at the text\'s label: the first item\'s heading is kept; 次回開催予定日 is no member of the roll', () => {
		const meeting = meetingOf('council/audit20-prefecture-form-contact.txt');
		expect(meeting.sections.map((section) => section.title).filter(Boolean)).toEqual(['議題１　廃棄物処理計画の進捗について', '議題２　その他']);
		expect(meeting.participants.flatMap((group) => group.members.map((member) => member.text)).join('、')).not.toMatch(/次回|令和/u);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['江田部会長', '事務局（資源循環推進課長）', '江田部会長']);
	});
});

describe("a ward's 分科会 page", () => {
	const meeting = meetingOf('council/audit20-ward-subcommittee-page.txt');

	test('`○出席委員(名)` (a head count left blank) is the roll; `○主査署名`, `審査日程` and `○議案` are no staff', () => {
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['木村 あや', 'たけだ 一郎', '井口 健']],
			['出席説明員', ['石田 大輔', '北村 英樹']],
			['事務局職員', ['有村 健人']],
		]);
		expect(meeting.agenda.map((item) => item.title)).toEqual(['第12号議案 令和6年度中野台区一般会計予算(分担分)']);
	});

	test('the day in 〔〕 after the name leaves no empty bracket in the series', () => {
		expect(meeting.series).toBe('中野台区議会予算特別委員会総務分科会');
	});
});

describe("HackMD's note with its tags line and mentions in Japanese", () => {
	test('`###### tags: …` is no section; `@石井 @野村 @大西(Zoom)` are three people, and their turns are read', () => {
		const meeting = meetingOf('markup/audit20-hackmd-tags.md');
		expect(meeting.participants.find((group) => group.group === '参加者')?.members.map((member) => member.name)).toEqual(['石井', '野村', '大西']);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['石井', '野村', '大西']);
		expect(meeting.sections.map((section) => section.title)).not.toContain('tags: `PTA` `図書委員会` `議事録`');
	});
});

describe("a corporation's minutes whose fields are numbered 一", () => {
	test('each `一　…` field is read as the field it names; none makes 一 a speaker or a member', () => {
		const { meeting, diagnostics } = parse('council/audit20-npo-board-ichi.txt');
		expect(meeting?.date).toBe('2024-07-08');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席理事の氏名', ['森田恵子', '荒井浩二', '栗山亜希', '三宅由香']],
			['議長', ['森田恵子']],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).not.toContain('一');
		expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message).join('\n')).not.toMatch(/一/u);
	});
});

describe("a village assembly's 全員協議会 whose turns name no member", () => {
	test('the assembly reader finds no turns it knows; the council reader reads it, not the plain one', () => {
		const result = parse('council/audit20-village-council-of-all.txt');
		expect(result.family).toBe('council');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長', '村長', '総務課長', '３番', '総務課長', '議長']);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['村営バス路線の見直しについて']);
		expect(result.meeting?.participants.find((group) => group.group === '出席議員')?.members).toHaveLength(6);
	});
});

describe("a national committee's meeting page", () => {
	const meeting = meetingOf('council/audit20-consumer-committee-page.txt');

	test('`(会議室)…` and `(テレビ会議)…` under 【委員】 are how the members attended: members of 委員, noted, no groups of their own', () => {
		const members = meeting.participants.find((group) => group.group === '委員');
		expect(members?.members.map((member) => [member.name, member.title])).toEqual([
			['鹿野', '委員長'],
			['黒木', '委員長代理'],
			['今村', '委員'],
			['大澤', '委員'],
		]);
		expect(members?.note).toBe('会議室：鹿野・黒木、テレビ会議：今村・大澤、黒木委員の「黒」は、正しくは旧字体');
		expect(meeting.participants.map((group) => group.group)).toEqual(['委員', '事務局']);
	});

	test('handouts with their id in 【】 and the file\'s size after the title', () => {
		expect(meeting.handouts).toEqual([
			{ id: '資料1', title: '消費者法制度に関する中間整理(案)', note: 'PDF形式:616KB' },
			{ id: '参考資料', title: '委員間打合せ概要メモ', note: 'PDF形式:130KB' },
		]);
	});
});

describe('a roll on one line with the chair marked ◎ and the vice-chair ○', () => {
	test('each entry is a member; the marks are no part of them', () => {
		const meeting = meetingOf('council/audit20-marked-roll-line.txt');
		expect(meeting.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['伊藤真一', '委員長'],
			['島崎よう子', '副委員長'],
			['渡辺英子', '委員'],
			['朝木直子', '委員'],
		]);
	});
});

describe("a prefectural assembly's opening day with the greetings before the sitting opens", () => {
	test('the sentence after the roll is kept as a note, not read as a row and lost; the sitting opens at the time after the greetings', () => {
		const result = parse('assembly/audit20-greetings-before-opening.txt');
		const { meeting, diagnostics } = result;
		// (Kept in the text of the record, among the header's notes.)
		expect(JSON.stringify(result.body)).toContain('開会に当たり、知事 野口昭彦君、議長 鈴木花子君は、それぞれ次のあいさつを述べた。');
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => member.name)).toEqual(['野口昭彦', '稲垣清文']);
		expect([meeting?.start, meeting?.end]).toEqual(['10:03', '10:41']);
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});

describe('everyone at once in brackets', () => {
	test('`(一同)異議なし。` is a turn of 一同, as `一同：異議なし` is, not the words of the speaker before', () => {
		const text = readFileSync(join(DIR, 'council/audit20-shopping-street-board.txt'), 'utf8').replace('異議なく了承された。', '(一同)異議なし。');
		const meeting = parseText(text, 'together.txt').meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text]).slice(2, 4)).toEqual([
			['中村組合長', '来年の実行委員会で検討しましょう。'],
			['一同', '異議なし。'],
		]);
	});
});

describe('labels in tortoise-shell brackets', () => {
	test('`〔委員長〕`, `〔事務局〕`, `〔委員〕` over the words are turns', () => {
		const meeting = meetingOf('council/audit20-shell-bracket-labels.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['委員長', 'ただいまから第１２回運営委員会を開会します。'],
			['事務局', '資料１に基づき、年次大会の準備状況を報告します。'],
			['委員', '会場の収容人数は足りるのか。'],
		]);
	});
});
