/**
 * Speaker labels of agricultural and education committees and of associations, as their records write them:
 * `[議長]` in square brackets, a label padded to its column (`議　　長　　…`, `４　　番　　…`), a member named by
 * the seat before a colon (`５番委員：`, `２番・３番委員：`), and an association's officers (`江藤班長：`, `近藤監事：`).
 */
import { describe, expect, test } from 'vitest';
import { readTitle } from '../../src/parser/title.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

/** A council fixture of tests/fixtures/layouts/council/, parsed. */
const parseFile = (name: string) => parseMinutes(readFileSync(join(import.meta.dirname, '../fixtures/layouts/council', name), 'utf8'), { source: name, sourceHash: '0'.repeat(64) });

const header = ['第１４回　みずほ市農業委員会総会　議事録', '', '日時：令和６年１０月１０日（木）午前９時３０分', '場所：みずほ市役所　第１会議室', '', '議事'];

describe('turns of committee records', () => {
	test('a speaker in square brackets, the speech after it', () => {
		const result = parseLines([...header, '[事務局長]　定刻になりましたので、開会いたします。', '', '［議長］　ただ今から第１４回総会を開催いたします。', '', '[１０番委員]　現地を確認しましたが、問題はありません。', '', '[推進委員（平井）]　地区の意見も同じです。']);
		expect(turnsOf(result)).toEqual([
			['事務局長', '定刻になりましたので、開会いたします。'],
			['議長', 'ただ今から第１４回総会を開催いたします。'],
			['１０番委員', '現地を確認しましたが、問題はありません。'],
			['推進委員（平井）', '地区の意見も同じです。'],
		]);
	});

	test('a label padded to the width of its column, then a wide gap', () => {
		const result = parseLines([...header, '議　　長　　議事録署名委員に、２番田淵委員、９番浅田委員を指名します。', '事務局長　　報告第１号は、賃貸借の合意解約が２件です。', '議　　長　　質問はありませんか。', '４　　番　　２件目の借り手の方は高齢で、今後の耕作が心配です。', '主　　事　　議案第１号は、売買による所有権移転が１件です。']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['議長', '事務局長', '議長', '４番', '主事']);
		expect(turnsOf(result)[3]?.[1]).toBe('２件目の借り手の方は高齢で、今後の耕作が心配です。');
	});

	test('members named by their seat before a colon', () => {
		const result = parseLines([...header, '議長：日程第１、議事録署名委員の決定についてですが、２番委員と３番委員にお願いします。', '２番・３番委員：了承しました。', '議長：地区担当の５番委員、現地確認の結果をお願いします。', '５番委員：１１月５日に現地を確認しました。問題はありません。']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['議長', '２番・３番委員', '議長', '５番委員']);
	});

	test("an association's officers before a colon", () => {
		const result = parseLines(['さくら台自治会　第７回役員会　議事録', '', '日時：令和６年１１月１６日（土）１９時～２０時３０分', '場所：さくら台集会所', '', '議事', '長谷部副会長：防犯灯の点検結果を報告します。', '江藤班長：３班の２か所が切れていました。', '笹本会計：上半期の収入は４２０万円、支出は３８５万円でした。', '近藤監事：帳簿を確認しましたが、適正に処理されています。']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['長谷部副会長', '江藤班長', '笹本会計', '近藤監事']);
	});

	test("a Q&A record that names who asks and who answers before a colon (`（質問）会員 森下：`, `（意見）３班 会員：`)", () => {
		const result = parseLines(['ひまわり町内会 令和６年度 定期総会 議事録', '', '日時：令和６年４月２１日（日）午前１０時', '場所：ひまわり集会所', '', '議事', '第１号議案　決算報告の件', '　（質問）６班 会員：繰越金が増えているが、会費を下げる考えはないか。', '　（回答）堀江会長：集会所の屋根修繕に備えて積み立てている。', '　（意見）３班 会員：見守り活動は当番制を緩やかにしてほしい。', '　（回答）小島副会長：希望者の登録制とする。']);
		expect(turnsOf(result)).toEqual([
			['質問（６班 会員）', '繰越金が増えているが、会費を下げる考えはないか。'],
			['回答（堀江会長）', '集会所の屋根修繕に備えて積み立てている。'],
			['意見（３班 会員）', '見守り活動は当番制を緩やかにしてほしい。'],
			['回答（小島副会長）', '希望者の登録制とする。'],
		]);
	});

	test("a surname before the post the roll gives it speaks (`西川指導室長　…` of `指導室長　西川　直美`)", () => {
		const result = parseLines(['東西区教育委員会会議録', '', '○開会日　　令和６年７月１２日（金）', '○出席した関係職員', '　　指導室長　　　　　　西　川　　直　美', '　　学校再編担当課長　　荻　野　　　健', '', '○議事', '梶原教育長　第２５号議案を議題といたします。', '西川指導室長　それでは、第２５号議案について御説明いたします。', '荻野学校再編担当課長　補足いたします。']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['梶原教育長', '西川指導室長', '荻野学校再編担当課長']);
	});

	test("an official's post in 【】 over its points speaks, as a member's label does; a topic in 【】 stays a heading", () => {
		const result = parseLines(['食料・農業・農村政策審議会 畜産部会（第５回）議事要旨', '', '１．日時：令和６年３月１日（金）', '２．議事概要', '【総論】', '【青木委員】', '○配合飼料価格は高止まりが続いている。', '【畜産局総務課長】', '○直近の輸入価格の動向を算定に反映している。']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['青木委員', '畜産局総務課長']);
		expect(result.body.map((section) => section.title)).toContain('総論');
	});

	test("a summary's points with their speaker named after the last sentence (`・…。（小田委員）`, `→　…。（事務局）`)", () => {
		const result = parseLines([
			'第１２回　あおい県地域医療構想調整会議　在宅医療部会　議事要旨',
			'１　日時　令和６年１１月２８日（木）１８：３０～２０：００',
			'２　出席者',
			'　部会長　　長谷川　宏',
			'　委員　　　小田　一也',
			'３　主な意見',
			'・北部圏域では、訪問診療を担う医師が半減するおそれがある。（長谷川部会長）',
			'・訪問歯科診療の依頼は増えている。多職種の研修会に歯科も加えてほしい。（小田委員）',
			'　→　来年度事業での支援を検討する。（事務局）',
			'・資料の説明があった。（資料１）',
		]);
		// A bracket that names no one (`（資料１）`) makes no speaker.
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['長谷川部会長', '小田委員', '事務局']);
		expect(turnsOf(result).slice(0, 2).map(([, text]) => text)).toEqual(['北部圏域では、訪問診療を担う医師が半減するおそれがある。', '訪問歯科診療の依頼は増えている。多職種の研修会に歯科も加えてほしい。']);
		// The answer's arrow is a bullet, as ・ is.
		expect(turnsOf(result)[2]?.[1]).toMatch(/^来年度事業での支援を検討する。/u);
	});

	test('a summary’s points with the speaker after them: a point without a comma, an official’s post alone, under 主な意見 after the agenda; bulleted handouts', () => {
		const result = parseFile('summary-points-after.txt');
		expect(result.family).toBe('council');
		expect(turnsOf(result).map(([speaker, text]) => [speaker, text.slice(0, 12)])).toEqual([
			['上村委員', '４９歳以下の新規就農者が'],
			// No comma in the point: it was taken for a label of its own, with the bracket in it.
			['遠藤委員', '雇用就農から独立就農への'],
			['川端委員', '地域おこし協力隊の任期後'],
			// A post alone, with ・ in it.
			['就農・女性課長', '協力隊経験者の就農状況に'],
			['大野委員', '論点整理の方向性に異論は'],
			['北原委員', '女性の就農者にとっては、'],
			['上村委員', '法人経営の労務管理を支援'],
			['石田座長', '次回は、地域ごとの事例を'],
		]);
		// `４．議事` lists the agenda: `６．主な意見` is the body.
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['新規就農者の動向について', '担い手確保に向けた論点整理（案）について']);
		// `・資料１　…` with its bullet, and a 参考資料 without a number.
		expect(result.meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料１', '新規就農者調査結果の概要'],
			['資料２', '担い手確保に向けた論点整理（案）'],
			['参考資料', '委員名簿'],
		]);
		expect(result.diagnostics).toEqual([]);
	});

	test('a bracketed word of business after a post is not a seat or a name', () => {
		const result = parseLines([...header, '［出席委員］', '１番　北垣　寿成　　２番　田淵　泰雄', '議　　長　　以上で終わります。']);
		expect(result.body.map((section) => section.title)).toContain('出席委員');
	});
});

describe('titles of records', () => {
	test.each([
		['議会運営委員会速記録第六号', '議会運営委員会'],
		['令和5年度第2回みどり台町環境審議会(会議録)', 'みどり台町環境審議会'],
	])('%s keeps its series as before and is minutes', (title, series) => {
		expect(readTitle(title, null)).toMatchObject({ series, kind: 'minutes' });
	});
});

describe('more labels of committee and ministry records', () => {
	test('a member told apart by a character of the given name (`◆山口（美）委員` over the speech), an organisation with its speaker in brackets, and an official in 【】 with the speech after it', () => {
		const result = parseLines([
			'中小企業政策研究会（第４回）議事録',
			'日時：令和６年５月１日（水）１０時',
			'議事',
			'【総務課長】　それでは、定刻となりましたので、ただいまより開催いたします。',
			'◆山口（美）委員',
			'　商店街の空き店舗について伺います。',
			'○全国商店街振興組合連合会（小松専務理事）',
			'　空き店舗率は全国平均で１３％となっております。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['総務課長', '山口（美）委員', '全国商店街振興組合連合会（小松専務理事）']);
		expect(turnsOf(result)[1]?.[1]).toBe('商店街の空き店舗について伺います。');
	});
});

describe("a PTA's roll entries as labels", () => {
	test('an entry of the roll as written speaks before a colon (`４年 水野：`, `校外 安藤：`)', () => {
		const result = parseLines([
			'令和６年度　第２回　西浜小学校ＰＴＡ運営委員会　議事録',
			'日　時：令和６年６月１２日（水）１９：００～２０：３０',
			'出席者：',
			'　学年委員長　：４年 水野、５年 岸本',
			'　専門委員長　：校外 安藤',
			'■議事',
			'会長：本日は運動会の反省について協議します。',
			'４年 水野：来年はテントの位置を校舎側に変えてはどうでしょうか。',
			'校外 安藤：７月２２日から各地区で週２回のパトロールを予定しています。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['会長', '４年 水野', '校外 安藤']);
	});
});

describe('rolls of agricultural committees', () => {
	test('members by seat number, after a padded post or not, under a group with its head count', () => {
		const result = parseLines([
			'やまぶき町農業委員会　令和６年１１月定例総会議事録',
			'１．開催日時　令和６年１１月２０日（水）　午後１時３０分から午後２時４５分',
			'２．出席委員　農業委員（３名）',
			'　　会　長　９番　小山内 誠一',
			'　　委　員　１番　石原 浩二　　２番　上野 貴代子',
			'３．議事の内容',
			'議長：ただ今から総会を開会いたします。',
		]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'農業委員',
				[
					['小山内 誠一', '会長'],
					['石原 浩二', '委員'],
					['上野 貴代子', null],
				],
			],
		]);
	});
});

describe('members numbered or lettered instead of named', () => {
	test('`○委員11`, `○委員4` after a circle, `委員Ａ：` before a colon, under the body label in round brackets `（議事概要）`', () => {
		const result = parseLines([
			'第５回　さくら市子ども・子育て会議　議事録',
			'',
			'日　時：令和６年１０月３日（木）１９時００分～２０時３０分',
			'場　所：さくら市役所　会議室',
			'',
			'（議事概要）',
			'○会長　　ありがとうございました。ご意見はありますか。',
			'○委員11　　よろしくお願いします。居場所の数を教えてください。',
			'○事務局(Q)　　中学生、高校生については、３か所です。',
			'○委員4　　居場所づくりの項目で、地域の担い手を増やしてほしい。',
			'委員Ａ：移動販売の支援を拡充すべき。',
			'委員Ｂ：医療機関の再開状況を分かりやすく示してほしい。',
		]);
		expect(result.family).toBe('council');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['会長', '委員11', '事務局(Q)', '委員4', '委員Ａ', '委員Ｂ']);
		expect(result.diagnostics).toEqual([]);
	});
});

describe('turns labelled by the name, one half-width space and the post (札幌 style)', () => {
	test('`○小形香織 委員長　…`, `◆三上洋右 委員　…`, `◎木下 総務局職員部長　…` are turns, each answer apart from the question', () => {
		const result = parseLines([
			'さっぽろ北市議会第一部決算特別委員会記録（第３号）',
			'令和５年10月５日（木曜日）',
			'',
			'○小形香織 委員長　ただいまから、第一部決算特別委員会を開会いたします。',
			'◆三上洋右 委員　私からは、ふるさと納税について質問いたします。',
			'　本市の昨年度の寄附受入額は、どのように推移したのか、伺います。',
			'◎石垣 財政局長　昨年度の寄附受入額は約23億円でございます。',
			'◆よこやまみねこ 委員　職員の時間外勤務について伺います。',
			'◎木下 総務局職員部長　昨年度は延べ142人でございました。',
			'○山田 太郎　これは名簿の行で、発言ではない。',
		]);
		expect(turnsOf(result).map(([speaker, text]) => [speaker, text.split('\n')[0]?.slice(0, 8)])).toEqual([
			['小形香織 委員長', 'ただいまから、第'],
			['三上洋右 委員', '私からは、ふるさ'],
			['石垣 財政局長', '昨年度の寄附受入'],
			['よこやまみねこ 委員', '職員の時間外勤務'],
			['木下 総務局職員部長', '昨年度は延べ14'],
		]);
		// A name with a given name after the space is no post: the line is no turn of its own.
		expect(turnsOf(result).at(-1)?.[1]).toContain('山田 太郎');
	});
});

describe('officers of schools, unions and associations', () => {
	test('`田中教頭：`, `大野書記：`, `○鶴見書記長　…`, a post alone before a colon (`企画政策部長：…`), an officer in brackets (`（評議員　江藤）　…`)', () => {
		const result = parseLines([
			'第３回　さくら会　理事会・評議員会　議事録',
			'',
			'日時：令和６年１０月３日（木）１９時００分～２０時３０分',
			'場所：さくら会館',
			'',
			'議事',
			'宮本副会長：役員選出の推薦書の締め切りはいつか。',
			'田中教頭：3月15日(金)です。',
			'大野書記：振り分け作業の集合時刻を確認したい。',
			'○鶴見書記長　第１号議案について提案いたします。',
			'企画政策部長：多様な意見を丁寧に聞き取るためでございます。',
			'（評議員　江藤）　短期入所の稼働率が低下しているが、原因は何か。',
			'（業務執行理事）　看護職員の欠員によるものです。',
			'（拍手）　続いて採決に移ります。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['宮本副会長', '田中教頭', '大野書記', '鶴見書記長', '企画政策部長', '評議員　江藤', '業務執行理事']);
		// A stage direction in brackets is no officer.
		expect(turnsOf(result).at(-1)?.[1]).toContain('（拍手）');
	});
});

describe('officials marked ● with their label alone on its line (鳥取 style)', () => {
	test('`●松本財政課長` then the speech is a turn; a ● point and a list of officials are not', () => {
		const result = parseLines([
			'第３回　決算審査特別委員会　会議録',
			'',
			'日時：令和５年９月26日（火）午前10時00分',
			'',
			'会議の概要',
			'◎浜田（妙）委員長',
			'　ただいまから決算審査特別委員会を開会いたします。',
			'●亀井総務部長',
			'　令和４年度一般会計決算の概要について御説明いたします。',
			'●資料の説明',
			'○市谷委員',
			'　不用額が大きい事業について、その理由を伺いたい。',
			'藤原調査課長、岡本課長補佐',
			'●松本財政課長',
			'　主に感染症対策事業の執行残でございます。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['浜田（妙）委員長', '亀井総務部長', '市谷委員', '松本財政課長']);
		// The ● point and the list stay in the remarks they follow.
		expect(turnsOf(result)[1]?.[1]).toContain('●資料の説明');
		expect(turnsOf(result)[2]?.[1]).toContain('藤原調査課長、岡本課長補佐');
	});
});

describe('a committee record dated in its title line', () => {
	const lines = [
		'総務文教常任委員会　令和６年６月24日（月）',
		'（開会前）',
		'※日程確認',
		'（開　会）',
		'委員長（相馬君）：ただいまより、総務文教常任委員会を開会いたします。',
		'本間君：市民参加の手法として、ワークショップを必須とする理由は何か。',
		'企画政策部長：多様な意見を丁寧に聞き取るためでございます。',
	];

	test('with speakers’ turns and no date line, the title dates it and names the series', () => {
		const result = parseLines(lines);
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ title: '総務文教常任委員会　令和６年６月24日（月）', series: '総務文教常任委員会', date: '2024-06-24' });
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['委員長（相馬君）', '本間君', '企画政策部長']);
	});

	test('a text without turns stays with the plain reader, which says why', () => {
		const result = parseLines([lines[0] ?? '', '', '本日は各課の報告を受けた。', '次回は７月に開催する。']);
		expect(result.family).toBe('plain');
		expect(result.diagnostics.some((d) => d.code === 'plain-fallback' || d.message.includes('layout not recognized'))).toBe(true);
	});
});

describe('a committee record that stamps the chair’s words with the clock (江別 style)', () => {
	const record = [
		'総務文教常任委員会 令和6年9月12日(木)',
		'',
		'(開会前)',
		'※ 日程確認',
		'(開 会)',
		'委員長(宮坂君):ただいまより、総務文教常任委員会を開会いたします。(10:00)',
		'本日の日程は、開会前に確認いたしましたとおり、次第に記載のとおり進めてよろしいでしょうか。(了)そのように確認いたします。',
		'財政課長:報告事項、アの公共施設等総合管理計画の改定につきまして御報告いたします。',
		'委員長(宮坂君):ただいまの報告に対し、質疑ありませんか。',
		'徳永委員:延床面積の削減目標を見直す理由を伺います。',
		'財政課長:人口推計の見直しにより、必要となる施設の規模が変わったためであります。',
		'委員長(宮坂君):ほかにありませんか。(なし)',
		'以上で、本件を終結いたします。',
		'説明員交代のため、暫時休憩いたします。(10:21)',
		'委員長(宮坂君):委員会を再開いたします。(10:23)',
		'3その他について、各委員から何かございませんか。(なし)',
		'以上で、本日の委員会を閉会いたします。(10:40)',
	];
	const result = parseMinutes(record.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });

	test('the opening and closing words give the sitting’s times', () => {
		expect(result.meeting?.date).toBe('2024-09-12');
		expect(result.meeting?.start).toBe('10:00');
		expect(result.meeting?.end).toBe('10:40');
	});

	test('a line ending in the clock or the room’s answer (`(なし)`) is not run into the next one', () => {
		const remarks = result.meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual(['委員長(宮坂君)', '財政課長', '委員長(宮坂君)', '徳永委員', '財政課長', '委員長(宮坂君)', '委員長(宮坂君)']);
		expect(remarks[0]?.text).toBe(
			'ただいまより、総務文教常任委員会を開会いたします。(10:00)\n本日の日程は、開会前に確認いたしましたとおり、次第に記載のとおり進めてよろしいでしょうか。(了)そのように確認いたします。',
		);
		expect(remarks[5]?.text).toBe('ほかにありませんか。(なし)\n以上で、本件を終結いたします。\n説明員交代のため、暫時休憩いたします。(10:21)');
		expect(remarks[6]?.text).toBe('委員会を再開いたします。(10:23)\n3その他について、各委員から何かございませんか。(なし)\n以上で、本日の委員会を閉会いたします。(10:40)');
	});
});

describe('speakers named by a field or by their side of the table', () => {
	test('`(発言者)市長` over the speech (a city page’s 主なやりとり): each is a turn, and the 次第 above ends at the body’s label', () => {
		const page = [
			'市長と語るタウンミーティング 開催記録',
			'日時',
			'令和6年11月15日(金曜日) 午前10時から11時30分まで',
			'次第',
			'1. 市長開会挨拶',
			'2. 意見交換',
			'主なやりとり',
			'(発言者)コミュニティ市民会議副議長',
			'本日の進め方ですが、最初に市長からお話をいただきます。',
			'(発言者)市長',
			'ありがとうございます。自治会の加入率はこの10年で78%から64%に下がっています。',
			'発言者：防災部会長　訓練を土日の午前中に短く行う工夫をしています。',
		];
		const result = parseMinutes(page.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['市長開会挨拶', '意見交換']);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['コミュニティ市民会議副議長', '本日の進め方ですが、最初に市長からお話をいただきます。'],
			['市長', 'ありがとうございます。自治会の加入率はこの10年で78%から64%に下がっています。'],
			['防災部会長', '訓練を土日の午前中に短く行う工夫をしています。'],
		]);
	});

	test('`（組合）…` / `（会社）…` without a space, and `(地元)` alone over the words, are the sides speaking', () => {
		const record = [
			'第２回 労使協議会 議事録',
			'日時：令和６年１０月８日（火）１５時～１６時',
			'議事',
			'（組合）年末一時金については、基本給の２．５か月分を要求する。',
			'（会社）現時点で要求どおりの回答は難しい。',
			'(地元)',
			'公民館の雨漏りがひどく、改築の時期を明確にしていただきたい。',
			'（拍手）',
		];
		const result = parseMinutes(record.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['組合', '年末一時金については、基本給の２．５か月分を要求する。'],
			['会社', '現時点で要求どおりの回答は難しい。'],
			['地元', '公民館の雨漏りがひどく、改築の時期を明確にしていただきたい。\n（拍手）'],
		]);
	});
});

describe('a legend written in the text, and the applicant of a review board', () => {
	test('`（○印は委員及び関係者の発言、◇は事務局の発言）`: ○ and ◇ points are remarks of those roles', () => {
		const summary = [
			'大学共同利用機関の在り方に関する作業部会（第６回）議事要旨',
			'１　日時　令和６年１２月１０日（火）１０時～１２時',
			'４　議　　事',
			'（４）事務局から、資料について説明があり、以下のような意見交換が行われた。',
			'　　（○印は委員及び関係者の発言、◇は事務局の発言）',
			'',
			'○　法人の形態を議論する際にも、共同利用の機能が損なわれないことを前提とすべきである。',
			'',
			'◇　資料２のとおり、研究の運営は各機関の長に委ねる案を示している。',
		];
		const result = parseMinutes(summary.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['委員及び関係者', '法人の形態を議論する際にも、共同利用の機能が損なわれないことを前提とすべきである。'],
			['事務局', '資料２のとおり、研究の運営は各機関の長に委ねる案を示している。'],
		]);
	});

	test('`事業者（株式会社美里開発）` alone over the indented speech is a turn', () => {
		const record = [
			'令和6年度 第2回 みさと市環境影響評価審査会 会議録',
			'日時：令和6年11月20日(水) 14:00～16:00',
			'議事',
			'犬山会長',
			' それでは、事業者から説明をお願いします。',
			'事業者（株式会社美里開発）',
			' 美里開発の山本でございます。本事業の概要をご説明いたします。',
		];
		const result = parseMinutes(record.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['犬山会長', '事業者（株式会社美里開発）']);
	});
});

describe('a review board’s 議事要旨: grouped roll under 出席委員等, marked labels before a colon', () => {
	const summary = [
		'第72回　東和研究所　研究倫理委員会　議事要旨',
		'',
		'1. 日時　令和6年10月23日（水）14:00〜16:10',
		'2. 場所　東和研究所　本館2階　大会議室',
		'3. 出席委員等',
		'（委員）',
		'　中川　智子　委員長　（北陵大学大学院医学研究科　教授）',
		'　上田　弘美　委員　（市民健康フォーラム　代表）',
		'（説明者）',
		'　前島　忠　（生命システム研究センター　研究員）',
		'4. 議事項目',
		'（1）前回議事要旨の確認',
		'（2）研究計画の審査',
		'5. 審議',
		'　前島説明者から研究計画の説明があり、以下の質疑応答があった。',
		'　○上田委員：提供者への説明文書に、保存期間が書かれていない。',
		'　●前島説明者：保存期間と廃棄の方法を説明文書に追記します。',
		'　審議の結果、説明文書の修正を条件として承認することとした。',
	];
	const result = parseMinutes(summary.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });

	test('the roll’s groups and members, name, role and affiliation apart', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			['出席委員等（委員）', [['中川　智子', '委員長', '北陵大学大学院医学研究科　教授'], ['上田　弘美', '委員', '市民健康フォーラム　代表']]],
			['出席委員等（説明者）', [['前島　忠', null, '生命システム研究センター　研究員']]],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['前回議事要旨の確認', '研究計画の審査']);
	});

	test('`○上田委員：…` and `●前島説明者：…` are turns, the answer apart from the question', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['上田委員', '提供者への説明文書に、保存期間が書かれていない。'],
			['前島説明者', '保存期間と廃棄の方法を説明文書に追記します。'],
		]);
	});
});

describe('a school council’s blocks headed by who speaks and what kind of word it is', () => {
	test('`【校長より】`, `【会長あいさつ】` over the words are turns; over a labelled turn (`【議長挨拶】` / `議長：…`) a heading', () => {
		const record = [
			'令和6年度 第3回 ひがし小学校 学校運営協議会 議事録',
			'日時：令和6年11月14日（木）15:30～17:00',
			'議事',
			'【会長あいさつ】',
			'　寒くなってきましたが、子どもたちは元気に登校しています。',
			'【校長より】',
			'　見守りについては、ＰＴＡと協力して当番表を作ることを検討します。',
			'【議長挨拶】',
			'議長：皆さんこんにちは。',
		];
		const result = parseMinutes(record.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', '寒くなってきましたが、子どもたちは元気に登校しています。'],
			['校長', '見守りについては、ＰＴＡと協力して当番表を作ることを検討します。'],
			['議長', '皆さんこんにちは。'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toContain('議長挨拶');
	});
});

describe('a special committee’s record with the notice calling it copied into the header', () => {
	const record = [
		'令和 6年 9月12日旧庁舎用地売却問題調査特別委員会-09月12日-01号',
		'',
		'〇出席委員(2名)',
		'        森 田 晃 一           大 林 健 二',
		'',
		' 〇開催通知',
		'  日    時   9月12日(木) 午前10時',
		'  場    所   第三・第四委員会室',
		'',
		' 〇午前10時開会',
		'○大林 委員長  ただいまから旧庁舎用地売却問題調査特別委員会を開会いたします。',
		'○証人(川端浩二氏)  宣誓書。良心に従って真実を述べることを誓います。',
	];
	const result = parseMinutes(record.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });

	test('a 日時 without its year is dated by the title, with a warning, not refused (it had fallen to the plain reader)', () => {
		expect(result.family).toBe('council');
		expect(result.meeting?.date).toBe('2024-09-12');
		expect(result.diagnostics.filter((d) => d.code === 'no-year').map((d) => d.line)).toEqual([7]);
		// The notice's heading under the roll stays an entry as written, naming no one.
		expect(result.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['森田晃一', '大林健二', null]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大林 委員長', '証人(川端浩二氏)']);
	});
});

describe('an agenda of tab-separated rows under 案件', () => {
	test('`案件` heads the agenda: its rows are items, not members', () => {
		const record = ['総務文教委員会 会議録', '日時\tR6.3.5 10:00～11:00', '案件', '1\t議案第18号\tコミュニティバス条例の一部改正について', '2\t所管事務調査\tプレミアム商品券事業の実績について', '', '○委員長　ただいまから委員会を開会します。', '○委員　質問があります。'];
		const result = parseMinutes(record.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.agenda.map((item) => item.number)).toEqual([1, 2]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).not.toContain('案件');
	});
});

describe('a committee’s report of an inspection visit (行政視察報告書)', () => {
	test('is dated by the visit (`視察日`), not by the report, and its series is the committee', () => {
		const report = [
			'建設常任委員会　行政視察報告書',
			'',
			'令和6年11月20日',
			'',
			'１　視察日　　令和6年10月29日（火）～10月30日（水）',
			'２　主な質疑',
			'問　利用者数の推移はどうか。',
			'答　開業から１０年で約２割増えている。',
		];
		const result = parseMinutes(report.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.date).toBe('2024-10-29');
		expect(result.meeting?.series).toBe('建設常任委員会');
	});

	test('`田辺事業部長` is 田辺, 事業部長', () => {
		expect(parseMinutes(['第８回 ワーキング・グループ 議事概要', '日時：令和６年１０月２日（水）１０時～１２時', '議事', '○（日本地域観光推進協会）田辺事業部長　在籍型出向の形で実施している地域が多い。', '○間宮委員　了解した。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) }).meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'（日本地域観光推進協会）田辺事業部長',
			'間宮委員',
		]);
	});
});

describe('a post alone in 【】 at the start of a line, the speech after it', () => {
	test('every post speaks: a section whose name is a word of the business (`【議事課長】`), the deputy of before 2007 (`【森本助役】`), and the generic posts', () => {
		const result = parseLines([
			'平成18年 総務常任委員会 本文',
			'',
			'2006.05.16 : 平成18年 総務常任委員会 本文',
			'',
			'出席者   宮田委員長、川村副委員長',
			'',
			'                  午前10時00分開会',
			'【委員長】ただいまから総務常任委員会を開会いたします。',
			'',
			'【議事課長】本日の案件は２件でございます。',
			'',
			'【森本助役】　合併協議の経過について御報告申し上げます。',
			'',
			'【助役】よろしくお願いいたします。',
			'',
			'【収入役】出納の状況を御報告いたします。',
			'',
			'【議事係長】資料は机上に配付しております。',
			'',
			'【次長】補足して御説明いたします。',
			'',
			'【局長】　以上でございます。',
			'',
			'【室長】調整は来月までに終える予定です。',
			'',
			'【係長】それでは、資料の２ページを御覧ください。',
			'',
			'【審議官】国の方針を御説明いたします。',
			'',
			'【川村委員】わかりました。',
			'',
			'【議事進行】',
			'',
			'【委員長】以上で閉会いたします。',
			'                  午前10時40分閉会',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['委員長', '議事課長', '森本助役', '助役', '収入役', '議事係長', '次長', '局長', '室長', '係長', '審議官', '川村委員', '委員長']);
		expect(turnsOf(result)[0]?.[1]).toBe('ただいまから総務常任委員会を開会いたします。');
		expect(turnsOf(result)[2]?.[1]).toBe('合併協議の経過について御報告申し上げます。');
		expect(result.meeting?.sections.map((section) => section.title)).toContain('議事進行');
	});
});
