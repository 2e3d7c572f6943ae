/**
 * The twenty-second audit's layouts, written here after records as people type them and as meeting tools save them: a
 * short record of three `名前：…` turns without a roll; full names with a space before a colon (`小林 さとみ: …`), a time
 * alone above each turn; an AI note taker's Markdown (`**岡田 真一** (00:00:12)` over the words); a transcript titled
 * `… - 文字起こし`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { meetingOf, parseText } from './unseen-helpers.ts';

const spoken = (file: string) => meetingOf(file).remarks.map((remark) => [remark.speaker, remark.text]);

describe('a short record of three turns, names before a colon and no roll', () => {
	test('each line is its speaker’s turn', () => {
		expect(spoken('plain/audit22-short-colon-record.txt')).toEqual([
			['田中一郎', '本日は防災訓練の日程について決めたいと思います。候補は９月の第１日曜日です。'],
			['佐藤花子', 'その日は小学校の運動会と重なるので、第２日曜日がよいと思います。'],
			['田中一郎', 'では第２日曜日で自治会長に提案します。'],
		]);
	});

	test('surnames alone read so too', () => {
		const text = '広報委員会　議事録\n2024年10月10日\n\n田中：それでは始めます。今日は広報誌の秋号についてです。\n佐藤：資料を共有します。特集は防災にしたいと考えています。\n田中：ありがとうございます。ほかに意見はありますか。\n';
		expect(parseText(text, 'surnames.txt').meeting?.remarks.map((remark) => remark.speaker)).toEqual(['田中', '佐藤', '田中']);
	});

	test('header fields before a colon are never speakers, and lines that are not speech make no turns', () => {
		const fields = '広報委員会　議事録\n2024年10月10日\n\n場所：公民館　第１会議室\n記録：田中\n議題：秋号の特集\n田中：佐藤\n佐藤：田中\n田中：鈴木\n';
		const meeting = parseText(fields, 'fields.txt').meeting;
		expect(meeting?.remarks).toEqual([]);
	});

	test('two turns are not enough to tell names from labels', () => {
		const two = '広報委員会　議事録\n2024年10月10日\n\n田中一郎：それでは始めます。\n佐藤花子：資料を共有します。\n';
		expect(parseText(two, 'two.txt').meeting?.remarks).toEqual([]);
	});
});

describe('full names with a space before a colon, a time alone above each turn', () => {
	test('the spaced names speak; the times stay in the text', () => {
		const meeting = meetingOf('plain/audit22-spaced-names-colon.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['小林 さとみ', '山口 健', '小林 さとみ']);
		expect(meeting.remarks[1]?.text).toContain('抽選会の景品は昨年と同じ十等まで用意する予定です。');
		expect(meeting.series).toBe('あおば商店会　イベント打合せ');
		expect(meeting.date).toBe('2024-09-10');
	});
});

describe("an AI note taker's Markdown: a bold name and the time over the words", () => {
	test('each name speaks the paragraph below it, the time first', () => {
		const meeting = meetingOf('markup/audit22-ai-notes-stamped.md');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['岡田 真一', '山本 花子', 'Lisa Brown', '岡田 真一']);
		expect(meeting.remarks[0]?.text).toBe('00:00:12\n本日は広報誌の秋号について話し合います。特集の案を皆さんからいただきたいと思います。');
		expect(meeting.remarks[2]?.text).toBe('00:02:31\n英語版の要約も一緒に載せましょう。');
		expect(meeting.date).toBe('2024-07-02');
	});

	test('a bold heading with a time that is no name stays text', () => {
		const text = '# 2024年7月2日 広報委員会 議事録\n\n**開会** (10:00)\n\n**岡田 真一** (00:00:12)\n本日は広報誌の秋号について話し合います。\n';
		const meeting = parseText(text, 'notes.md').meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['岡田 真一']);
	});
});

describe('a transcript titled `… - 文字起こし`', () => {
	test('the series is the body’s name, without the dash', () => {
		const meeting = meetingOf('plain/audit22-meet-dash-title.txt');
		expect(meeting.series).toBe('PTA広報委員会');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['森田 恵', '吉川 修', '森田 恵']);
	});
});

describe('a Q&A with letters and a dot: `Q. …` / `A. …`', () => {
	test('each question and answer is a turn', () => {
		expect(spoken('plain/audit22-qa-letters.txt')).toEqual([
			['Q', '新しい公園の駐車場は何台分ありますか。'],
			['A', '約30台分を予定しています。'],
			['Q', '工事中の騒音対策はどうなりますか。'],
			['A', '防音シートを設置し、作業は平日の日中に限ります。'],
		]);
	});

	test('an outline lettered so (`A. 事業の概要`) stays text', () => {
		const text = '第1回 検討会 議事要旨\n令和6年7月14日\n\nA. 事業の概要\nB. 今後のスケジュール\n';
		expect(parseText(text, 'outline.txt').meeting?.remarks).toEqual([]);
	});
});

describe('Markdown minutes with each speaker as a heading over their words', () => {
	test('`### 山田座長`, `### 事務局`, `### 木村委員` each speak the paragraph below', () => {
		expect(spoken('markup/audit22-heading-turns.md')).toEqual([
			['山田座長', 'それでは第4回の検討会を始めます。本日はバス路線の再編についてです。'],
			['事務局', '資料1に沿って説明します。利用者数は前年比で1割減っています。'],
			['木村委員', '高齢者の通院の足が確保されるかが心配です。'],
		]);
	});

	test('a heading naming a part of the meeting stays a section, and `## 事務局` over names stays a roll', () => {
		const text = '# 第4回 地域交通検討会 議事録\n\n日時：2024年6月3日 14:00〜15:30\n\n## 事務局\n\n- 交通政策課 山本\n- 交通政策課 石川\n\n## 会長挨拶\n\n本日はお集まりいただきありがとうございます。\n';
		const meeting = parseText(text, 'parts.md').meeting;
		expect(meeting?.remarks).toEqual([]);
		expect(meeting?.sections.map((section) => section.title)).toContain('会長挨拶');
		expect(meeting?.participants.find((group) => group.group === '事務局')?.members.map((member) => member.text)).toEqual(['交通政策課 山本', '交通政策課 石川']);
	});
});

describe('Markdown turns in a quote: `> **理事長**: …`', () => {
	test('read as Markdown, each bold label speaking', () => {
		const result = parseText(readFileSync(join(import.meta.dirname, '../fixtures/layouts/markup/audit22-quoted-turns.md'), 'utf8'), 'quoted.md');
		expect(result.family).toBe('markup');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['理事長', '本日の議題は予算案です。'],
			['会計理事', '収支は前年並みの見込みです。'],
			['理事長', '承認してよろしいですか。'],
		]);
	});
});

describe('labels in angle brackets: `＜山田会長＞　…`, `〈事務局〉`, `《佐藤委員》`', () => {
	test('each speaks the words after it', () => {
		expect(spoken('council/audit22-angle-bracket-labels.txt').map(([speaker]) => speaker)).toEqual(['山田会長', '佐藤委員', '事務局', '山田会長']);
	});

	test.each([
		['〈', '〉'],
		['《', '》'],
		['<', '>'],
	])('%s…%s reads so too, and `委員の意見` in them is no speaker', (open, close) => {
		const text = readFileSync(join(import.meta.dirname, '../fixtures/layouts/council/audit22-angle-bracket-labels.txt'), 'utf8').replace(/＜/gu, open).replace(/＞/gu, close).replace('令和6年5月20日\n', `令和6年5月20日\n\n${open}委員の意見${close}\n`);
		const meeting = parseText(text, 'brackets.txt').meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田会長', '佐藤委員', '事務局', '山田会長']);
		expect(meeting?.remarks[1]?.text).toBe('資料の2ページについて質問します。削減目標の根拠は何ですか。');
	});
});

describe("a city's minutes page: the title over the page's date, the title again, table cells run together", () => {
	const meeting = () => meetingOf('council/audit22-page-stamp-glued-cells.txt');

	test('one meeting (the page’s title and date stamp no meeting of their own), dated by its 日時 run into the label', () => {
		const result = parseText(readFileSync(join(import.meta.dirname, '../fixtures/layouts/council/audit22-page-stamp-glued-cells.txt'), 'utf8'), 'page.txt');
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(meeting().date).toBe('2024-02-07');
		expect(meeting().session).toBe(64);
	});

	test('every turn, the first run into the body’s label (`8 会議の内容都市計画課長(…) 本日は…`) too', () => {
		expect(meeting().remarks.map((remark) => remark.speaker)).toEqual(['都市計画課長(今泉伸也君)', '会長(笹倉亮介君)', '都市計画課長(今泉伸也君)', '委員(梅宮里美君)', '都市計画課長(今泉伸也君)', '会長(笹倉亮介君)', '会長(笹倉亮介君)']);
		expect(meeting().remarks[0]?.text).toMatch(/^本日は、大変お忙しい中ご出席をいただきまして/u);
	});

	test('the page’s お問い合わせ block speaks no words', () => {
		expect(meeting().remarks.at(-1)?.text).toBe('異議なしと認め、原案のとおり答申することに決定いたしました。');
	});

	test('an item of business run after its number (`2 議事録署名人の指名`) is no body label', () => {
		const text = '第5回 環境審議会 会議録\n1 日時 令和6年5月20日(月)\n2 議事録署名人の指名 会長 山田\n\n○山田会長　開会します。\n';
		expect(parseText(text, 'items.txt').meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田会長']);
	});
});

describe('assemblies whose name holds 日, 月 or 年: 日野市, 月形町, 大月市, 春日部市', () => {
	const record = (title: string) => `${title}\n令和６年６月１２日（水曜日）\n午前１０時開議\n○議長（青木一郎君）　ただいまから本日の会議を開きます。\n○市長（北村健二君）　お答えいたします。\n`;

	test.each([
		['令和６年第２回日野市議会定例会会議録（第３号）', '日野市議会'],
		['令和６年第２回日向市議会定例会会議録（第３号）', '日向市議会'],
		['令和６年第２回大月市議会定例会会議録（第３号）', '大月市議会'],
		['令和６年第２回春日部市議会定例会会議録（第３号）', '春日部市議会'],
		['月形町議会総務常任委員会会議録', '月形町議会 総務常任委員会'],
		['平成三十一年第一回日立市議会定例会会議録（第１号）', '日立市議会'],
	])('%s → %s', (title, series) => {
		expect(parseText(record(title), 'sitting.txt').meeting?.series).toBe(series);
	});
});

describe('an official’s post alone with a colon over the words (`まちづくり推進部長:`), said once', () => {
	test('speaks the paragraph below it', () => {
		const meeting = meetingOf('council/audit22-post-colon-alone.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長', 'まちづくり推進部長', '議長', '都市計画課長', '荻野委員', '都市計画課長', '議長']);
		expect(meeting.remarks[1]?.text).toMatch(/^本日は、都市計画マスタープランの改定案について諮問させていただきます。/u);
		expect(meeting.remarks[0]?.text).not.toContain('まちづくり推進部長');
	});
});

describe('`(担当課)` answering a city’s council, alone on its line', () => {
	test('the department answers in a turn of its own, not in the member’s question', () => {
		const meeting = meetingOf('council/audit22-bracketed-department.txt');
		const member = meeting.remarks.find((remark) => remark.text.startsWith('調査票の回収方法について'));
		expect(member?.speaker).toBe('委員');
		expect(member?.text).not.toContain('回答は無記名');
		expect(meeting.remarks.find((remark) => remark.text.startsWith('回答は無記名とし'))?.speaker).toBe('担当課');
	});
});

describe('an appeal before a review board: `○審査請求人　…`', () => {
	test('the appellant speaks in a turn of their own', () => {
		const meeting = meetingOf('council/audit22-appeal-board.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toContain('審査請求人');
		expect(meeting.remarks.find((remark) => remark.speaker === '審査請求人')?.text).toMatch(/^私の父である山口達夫が入所していた施設の記録が/u);
		expect(meeting.remarks.find((remark) => remark.text.includes('審査請求人から御意見を伺います。'))?.text).not.toContain('私の父');
	});
});

describe('a ministry page’s skip link `本文へ移動` above the breadcrumbs', () => {
	test('is page furniture, never the title', () => {
		const text = '本文へ移動\nホーム > 政策 > 有識者会議 > 第11回有識者会議\n\n第11回有識者会議\n\n日時：令和6年5月29日(水)16時00分から17時30分まで\n場所：オンライン開催\n\n○山田座長　開会します。\n';
		expect(parseText(text, 'page.txt').meeting?.title).toBe('第11回有識者会議');
	});
});

describe('the office listed after the absent members, under no label of the header’s own', () => {
	test('`事務局　都市整備部長　菊池、…` after `欠席委員　梶委員` is a group of those present', () => {
		const groups = meetingOf('council/audit22-office-after-absent.txt').participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['出席委員', ['川端', '有馬', '井波', '上条', '江藤', '尾崎']],
			['欠席委員', ['梶']],
			['事務局', ['菊池', '久保田', '小宮']],
		]);
	});

	test('marked so too (`◇事務局　…` after `◇欠席委員　…`)', () => {
		const text = readFileSync(join(import.meta.dirname, '../fixtures/layouts/council/audit22-office-after-absent.txt'), 'utf8').replace('欠席委員 梶委員\n事務局', '◇欠席委員 梶委員\n◇事務局').replace('出席委員 川端', '◇出席委員 川端');
		const office = parseText(text, 'marked.txt').meeting?.participants.find((group) => group.group === '事務局');
		expect(office?.members.map((member) => member.title)).toEqual(['都市整備部長', '都市計画課長', '都市計画課主査']);
	});
});
