/**
 * Minutes kept in a spreadsheet and saved as text (Excel's "Unicode テキスト", tab-separated, or CSV): a few rows of a
 * label and its value (`会議名`, `開催日`, `時間`, `出席者` …), then a table whose header row names a speaker column
 * (`発言者`) and a words column (`内容`, `発言内容` …), one turn per row, maybe with an agenda column (`議題`) filled
 * only on the first row of each item and a running number. Before any reader sees the text it becomes the lines the
 * readers know: each label row `label：value` (a time row joined to the date's, `開催日：2024/10/17(木) 17:30-18:45`),
 * each new agenda cell a numbered heading (`2．9月のインシデント報告`) and each row a turn (`○高野室長　…`; `高野：…`
 * when no column gives the posts, a bare name being a speaker's label before a colon only), the speakers the roll
 * (`出席者：…`) when no label row lists who attended. A cell quoted over several lines (a line break inside an Excel
 * cell) keeps its lines. Every line keeps its number.
 * A table of questions and answers (`No.	質問者	質問	回答者	回答`) gives two turns a row: who asks and the question,
 * then who answers and the answer.
 */
import { dateInFileName } from './date.ts';
import { parseNameLabel } from './names.ts';
import type { SourceLine } from './normalize.ts';
import { nameOf } from './subtitles.ts';

/**
 * The names of a speech table's columns (a spreadsheet's header row here, a Markdown table's head in the markup reader):
 * who speaks, and what they said.
 */
export const SPEAKER_COLUMN = /^(?:発言者(?:名|氏名)?|話者|発言委員|発言した者)$/u;
export const SPEECH_COLUMN = /^(?:発言内容|発言の?要旨|要旨|発言の?概要|発言|内容|会議の経過|意見|意見等|質疑内容|質疑・意見|発言・質疑内容)$/u;
/** The columns of a table of questions and answers: who asks, the question, who answers, the answer. */
const QUESTIONER_COLUMN = /^(?:質問者(?:名|氏名)?|質疑者|質問した者)$/u;
const QUESTION_COLUMN = /^(?:質問|質問内容|質問事項|質問の?要旨|質疑|質疑内容|ご質問|ご質問内容)$/u;
const ANSWERER_COLUMN = /^(?:回答者(?:名|氏名)?|答弁者|説明者|回答した者)$/u;
const ANSWER_COLUMN = /^(?:回答|回答内容|回答の?要旨|答弁|答弁内容|ご回答|説明)$/u;
/** Header cells of a column of each speaker's post (`役職`), written after the name in the turn's label (`青木` and `会長`: `○青木会長`). */
const POST_HEADER = /^(?:役職|役職名|職名|職|肩書き?|役職等)$/u;
/** Header cells of the agenda column. */
const AGENDA_HEADER = /^(?:議題|案件|項目|議事|議事項目|協議事項)$/u;
/** Header cells of the running number. */
const NUMBER_HEADER = /^(?:No\.?|NO\.?|№|番号|#)$/u;
/** Header cells of a column stamping each turn with its day or time (`日時`, `発言時刻`, `タイムスタンプ`). */
const STAMP_HEADER = /^(?:日時|日付|時刻|発言日時|発言時刻|発言時間|タイムスタンプ|開始時刻|開始時間)$/u;
/** A stamp cell: a day written with figures (`2024/07/09`, `2024-07-09`, `2024年7月9日`), a time of day, or both. */
const STAMP_CELL = /^(?<date>[0-9]{4}[/\-.年][0-9]{1,2}[/\-.月][0-9]{1,2}日?(?:\s*[（(][^）)]{1,3}[）)])?)?\s*(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/u;
/** Label rows that name the meeting, which the readers take for its title. */
const TITLE_LABEL = /^(?:会議名|会議の名称|会議|名称|件名|会合名)$/u;
/** Label rows of the date and of the sitting's times, which the readers know as one `日時` line. */
const DATE_LABEL = /^(?:開催日|開催年月日|日付|日時|開催日時|期日)$/u;
const TIME_LABEL = /^(?:時間|時刻|開催時間|開催時刻)$/u;
/** Label rows of the meeting's roll (`出席者`, `参加者（敬称略）`): without one, the speakers make the roll. */
const ROLL_LABEL = /^(?:出席者|参加者|出席委員|出席|構成員|メンバー)/u;
/** A label cell: short, no sentence in it (`開催日`, `出席者`, `会議名`). */
const LABEL_CELL = /^[^。、．，]{1,12}$/u;
/** Lines looked at for the table's header row. */
const HEADER_LINES = 80;
/** A table is only a table with this many turns. */
const MIN_ROWS = 2;
/** Longest line read as a row (a cell of a spreadsheet is never longer; a longer line is text). */
const MAX_ROW = 20_000;

/** The cells read so far: those complete, the one being read, and whether a quote is open. */
interface CellState {
	cells: string[];
	cell: string;
	quoted: boolean;
	start: boolean;
	/** A comma outside quotes between a number's digits (`1,000`): a spreadsheet quotes such a cell, so the line is text. */
	numeric: boolean;
}

/** Read `text` into `state` by `delimiter`: a cell in double quotes may hold the delimiter, `""` and line breaks. */
function readCells(state: CellState, text: string, delimiter: string): void {
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (state.quoted) {
			if (char === '"' && text[i + 1] === '"') {
				state.cell += '"';
				i++;
			} else if (char === '"') state.quoted = false;
			else state.cell += char;
		} else if (char === '"' && state.start) state.quoted = true;
		else if (char === delimiter) {
			if (delimiter === ',' && /[0-9]/u.test(text[i - 1] ?? '') && /^[0-9]{3}(?![0-9])/u.test(text.slice(i + 1, i + 5))) state.numeric = true;
			state.cells.push(state.cell);
			state.cell = '';
			state.start = true;
			continue;
		} else state.cell += char;
		state.start = false;
	}
}

/** The cells of one line, split by `delimiter`; `open` when a quote is not closed on it. */
function splitCells(text: string, delimiter: string): { cells: string[]; open: boolean; numeric: boolean } {
	const state: CellState = { cells: [], cell: '', quoted: false, start: true, numeric: false };
	readCells(state, text, delimiter);
	return { cells: [...state.cells, state.cell], open: state.quoted, numeric: state.numeric };
}

/** The same cells without the empty ones a spreadsheet pads its rows with. */
function trimmedCells(cells: readonly string[]): string[] {
	const out = cells.map((cell) => cell.trim());
	while (out.length > 0 && out.at(-1) === '') out.pop();
	return out;
}

/** Where the speech table's columns are. */
interface Columns {
	delimiter: string;
	speaker: number;
	words: number;
	agenda: number;
	number: number;
	/** In a table of questions and answers, who answers and the answer (-1 in a table of turns). */
	answerer: number;
	answer: number;
	/** The column of each turn's day or time (-1 when there is none). */
	stamp: number;
	/** The column of each speaker's post (-1 when there is none). */
	post: number;
}

/** The columns of a header row, or null when the row names no speaker and words column. */
function headerColumns(text: string): Columns | null {
	const delimiter = text.includes('\t') ? '\t' : text.includes(',') ? ',' : null;
	if (delimiter === null || text.length > 1000) return null;
	const cells = splitCells(text, delimiter).cells.map((cell) => cell.trim());
	const find = (pattern: RegExp) => cells.findIndex((cell) => pattern.test(cell));
	const agenda = find(AGENDA_HEADER);
	const number = find(NUMBER_HEADER);
	const stamp = find(STAMP_HEADER);
	const speaker = find(SPEAKER_COLUMN);
	const words = find(SPEECH_COLUMN);
	const post = find(POST_HEADER);
	if (speaker !== -1 && words !== -1 && words !== speaker) return { delimiter, speaker, words, agenda, number, answerer: -1, answer: -1, stamp, post };
	// A table of questions and answers: its four columns, each its own.
	const asks = find(QUESTIONER_COLUMN);
	const question = find(QUESTION_COLUMN);
	const answerer = find(ANSWERER_COLUMN);
	const answer = find(ANSWER_COLUMN);
	if ([asks, question, answerer, answer].some((column) => column === -1) || new Set([asks, question, answerer, answer]).size !== 4) return null;
	return { delimiter, speaker: asks, words: question, agenda, number, answerer, answer, stamp, post: -1 };
}

/** A stamp cell's day and time of day (each '' when it has none), or null when the cell is no stamp. */
function readStamp(cell: string): { date: string; time: string } | null {
	const match = STAMP_CELL.exec(cell.trim());
	if (!match?.groups || (match.groups.date === undefined && match.groups.time === undefined)) return null;
	return { date: match.groups.date ?? '', time: match.groups.time ?? '' };
}

/**
 * The line dating the record from the turns' stamps when no label row above the table gives the day: the first turn's day
 * and its time to the last turn's (`日時：2024/07/09 14:00～14:10`), or null when no turn's stamp holds a day.
 */
function stampedDate(stamps: readonly ({ date: string; time: string } | null)[]): string | null {
	const dated = stamps.find((stamp) => stamp !== null && stamp.date !== '');
	if (!dated) return null;
	const times = stamps.filter((stamp) => stamp !== null && stamp.time !== '' && (stamp.date === '' || stamp.date === dated.date)).map((stamp) => stamp?.time ?? '');
	const first = times[0];
	const last = times.at(-1);
	return `日時：${dated.date}${first === undefined ? '' : ` ${first}`}${last === undefined || last === first ? '' : `～${last}`}`;
}

/** One row of the table: its cells and the source lines it spans (a quoted cell over several lines); `text` for a line of text. */
interface Row {
	cells: string[];
	lines: SourceLine[];
	text?: true;
}

/** The rows from `start`, each with every line of its quoted cells (read once each, the quote's state carried from line to line). */
function readRows(lines: readonly SourceLine[], start: number, delimiter: string): Row[] {
	const rows: Row[] = [];
	for (let at = start; at < lines.length; at++) {
		const first = lines[at] as SourceLine;
		if (first.text.length > MAX_ROW) {
			rows.push({ cells: [first.text], lines: [first], text: true });
			continue;
		}
		const spanned = [first];
		const state: CellState = { cells: [], cell: '', quoted: false, start: true, numeric: false };
		readCells(state, first.text, delimiter);
		let length = first.text.length;
		// A line break inside a quoted cell: the row goes on (at most a few hundred lines, a cell's worth).
		while (state.quoted && at + 1 < lines.length && spanned.length < 400 && length <= MAX_ROW) {
			at++;
			const next = lines[at] as SourceLine;
			spanned.push(next);
			state.cell += '\n';
			readCells(state, next.text, delimiter);
			length += next.text.length + 1;
		}
		rows.push({ cells: [...state.cells, state.cell], lines: spanned, ...(state.numeric ? { text: true as const } : {}) });
	}
	return rows;
}

/** The lines of a cell's text over the source lines it came from: its first line on the row's first line, each further line on its own. */
function cellLines(text: string, lines: readonly SourceLine[], prefix: string): SourceLine[] {
	const parts = text.split('\n').map((part) => part.trim());
	const first = lines[0]?.line ?? 0;
	const out: SourceLine[] = [];
	for (const [index, part] of parts.entries()) {
		const line = lines[Math.min(lines.length - 1, index + (lines.length - parts.length))]?.line ?? first;
		out.push({ line: index === 0 ? first : line, text: index === 0 ? `${prefix}${part}` : part });
	}
	return out;
}

/** A side a speaker is of, written in the post's column beside an official's post (`観光課長` | `事務局`). */
const SIDE_CELL = /^(?:事務局|説明員|説明者|オブザーバー|参考人|関係者|行政|当局)$/u;

/**
 * Who speaks in a row: the speaker's cell, and a post in a column of its own after the name, as a label writes it (`青木`
 * and `会長` speak as `青木会長`; the bare surname had been no speaker's label, every turn one of an unnamed `発言者`); an
 * official's post with the side in that column speaks as the side's official (`観光課長` and `事務局`: `事務局（観光課長）`,
 * where the two had run together, `観光課長事務局`).
 */
function speakerOf(cells: readonly string[], speaker: number, post: number): string {
	const name = (cells[speaker] ?? '').trim();
	const held = post === -1 ? '' : (cells[post] ?? '').trim().replace(/\s*\n\s*/gu, '');
	if (SIDE_CELL.test(held)) {
		const parts = parseNameLabel(name);
		if (parts.name === null && parts.title === name) return `${held}（${name}）`;
	}
	return held === '' || name.endsWith(held) ? name : `${name}${held}`;
}

/** A speech table read: its lines as the readers know them, and the line of its header row. */
export interface SpeechSheet {
	lines: SourceLine[];
	headerLine: number;
}

/**
 * What to say of a speech table that holds no date, and where (its header row): a label row above the header row, a column of
 * each turn's day, or the file's name give one (the readers' hint, a `日時` line after the title, fits no spreadsheet).
 */
export function sheetDateHint(sheet: SpeechSheet, source: string): string {
	const extension = /\.csv$/iu.test(source) ? '.csv' : '.tsv';
	return `a spreadsheet of turns holds no date: add a row such as "開催日${extension === '.csv' ? ',' : '<TAB>'}2024/10/17" above its header row (line ${sheet.headerLine}), a column 日時 with each turn's day, or put the date in the file's name (e.g. 運営委員会_2024-10-17${extension})`;
}

/**
 * A speech table saved from a spreadsheet read into lines as the readers know them, or null when the text is no such table;
 * `source`, the file's name, names and dates a table that has no title or date above it.
 */
export function rewriteSpeechSheet(lines: readonly SourceLine[], source = ''): SpeechSheet | null {
	const limit = Math.min(lines.length, HEADER_LINES * 4);
	let headerAt = -1;
	let columns: Columns | null = null;
	for (let at = 0, seen = 0; at < limit && seen < HEADER_LINES; at++) {
		const text = lines[at]?.text ?? '';
		if (text.trim() === '') continue;
		seen++;
		columns = headerColumns(text);
		if (columns) {
			headerAt = at;
			break;
		}
	}
	if (columns === null || headerAt === -1) return null;
	const { delimiter, speaker, words, agenda, number, answerer, answer, stamp, post } = columns;
	const rows = readRows(lines, headerAt + 1, delimiter);
	const isTurn = (row: Row) => row.text !== true && (row.cells[speaker] ?? '').trim() !== '' && (row.cells[words] ?? '').trim() !== '';
	const turns = rows.filter(isTurn).length;
	if (turns < MIN_ROWS) return null;
	// Each turn's stamp, when a column gives one: its time of day goes before the words (`[14:01] …`), as a recorder's is kept.
	const stamps = new Map(stamp === -1 ? [] : rows.filter(isTurn).map((row) => [row, readStamp(row.cells[stamp] ?? '')] as const));
	const out: SourceLine[] = [];
	// The label rows above the table: `label：value`, the sitting's times joined to the date.
	const head = lines.slice(0, headerAt).map((source) => {
		const split = source.text.length <= MAX_ROW ? splitCells(source.text, delimiter) : null;
		return { source, cells: split && !split.numeric ? trimmedCells(split.cells) : [source.text.replace(/[,\t]+$/u, '')] };
	});
	const time = head.find(({ cells }) => cells.length >= 2 && TIME_LABEL.test(cells[0] ?? ''));
	const date = head.find(({ cells }) => cells.length >= 2 && DATE_LABEL.test(cells[0] ?? ''));
	// (No label row gives the day, and the turns' stamps do: the first turn's day dates the record; else the file's name.)
	const named = dateInFileName(source);
	const dated = date ? null : (stampedDate([...stamps.values()]) ?? (named ? `日時：${named.text}` : null));
	// (Nothing above the table names the meeting: the file's name does, as it does a transcript's.)
	const titled = head.some(({ cells }) => (cells.length === 1 && (cells[0] ?? '') !== '') || (cells.length >= 2 && TITLE_LABEL.test(cells[0] ?? '')));
	const title = titled ? '' : nameOf(source);
	if (title !== '') out.push({ line: lines[0]?.line ?? 1, text: title });
	for (const { source, cells } of head) {
		if (cells.length === 0) out.push({ line: source.line, text: '' });
		else if (cells.length === 1) out.push({ line: source.line, text: cells[0] ?? '' });
		// (A row with its label cell left empty under a label's row, `議題,１．…` / `,２．…`: more of that label's value, on a
		// line of its own indented as a field's next line is; it had been `,２．…`, or `：２．…` from a tab-separated sheet, and
		// the agenda's items had run together.)
		else if ((cells[0] ?? '') === '' && cells.some((cell) => cell !== '')) out.push({ line: source.line, text: `　${cells.filter((cell) => cell !== '').join('　')}` });
		// (A CSV line that is no label and its value, `本日は、1,000名が参加した。`, stays as written.)
		else if (delimiter === ',' && !LABEL_CELL.test(cells[0] ?? '')) out.push({ line: source.line, text: source.text.replace(/,+$/u, '') });
		else if (time && date && source === time.source) out.push({ line: source.line, text: '' });
		else {
			const value = cells.slice(1).filter((cell) => cell !== '').join('　');
			const times = time && date && source === date.source ? ` ${time.cells.slice(1).join(' ')}` : '';
			out.push({ line: source.line, text: `${cells[0]}：${value}${times}` });
		}
	}
	const firstTurn = rows.find(isTurn)?.lines[0]?.line ?? lines[headerAt]?.line ?? 0;
	if (dated !== null) out.push({ line: firstTurn, text: dated });
	// (No label row lists who attended: the speakers do, each once in the order they first speak, as a transcript's
	// speakers are its participants; a sheet's speakers had been no one of the meeting's roll. A sheet with nothing to
	// title it has no header for a roll to stand in.)
	// (Nor when a label alone over rows of post and name lists them: `出席者` / `会長	相沢　孝`, a web page's table.)
	if ((titled || title !== '') && !head.some(({ cells }) => ROLL_LABEL.test((cells[0] ?? '').trim()))) {
		const speakers = new Set(rows.filter(isTurn).flatMap((row) => [speakerOf(row.cells, speaker, post), ...(answer === -1 ? [] : [row.cells[answerer] ?? ''])]).map((who) => who.replace(/\s*\n\s*/gu, ' ').trim()));
		speakers.delete('');
		if (speakers.size > 0) out.push({ line: lines[headerAt]?.line ?? 0, text: `出席者：${[...speakers].join('、')}` });
	}
	out.push({ line: lines[headerAt]?.line ?? 0, text: '' });
	let item = '';
	let items = 0;
	// (A running number numbers the agenda's items when the rows of one item share it, `2` / `2` / `2`; one a row, `1` … `5`,
	// numbers the turns, and the items are counted.)
	const numbers = number === -1 ? [] : rows.filter(isTurn).map((row) => (row.cells[number] ?? '').trim().replace(/\.$/u, ''));
	const itemNumbers = new Set(numbers).size < numbers.length;
	for (const row of rows) {
		const cells = row.cells.map((cell) => cell.trim());
		const who = speakerOf(cells, speaker, post);
		const said = cells[words] ?? '';
		const first = row.lines[0] as SourceLine;
		if (!isTurn(row)) {
			// A row of other cells (a note, a blank line, a line of text after the table): its cells as text, tab-separated
			// cells a space apart; a CSV line as written (a comma in its text, `1,000円`, is the text's), without the empty cells
			// that pad it, before or after.
			// (A row whose first cells are empty, `,以上`, without them: it had kept the comma.)
			if (delimiter === ',') out.push(...row.lines.map((source) => ({ line: source.line, text: source.text.replace(/^,+|,+$/gu, '') })));
			else out.push(...cellLines(trimmedCells(row.cells).filter((cell) => cell !== '').join('　'), row.lines, ''));
			continue;
		}
		const topic = agenda === -1 ? '' : (cells[agenda] ?? '');
		if (topic !== '' && topic !== item) {
			item = topic;
			items++;
			const numbered = number === -1 || !itemNumbers ? '' : (cells[number] ?? '').replace(/\.$/u, '');
			out.push({ line: first.line, text: `${/^[0-9]{1,3}$/u.test(numbered) ? numbered : items}．${topic.replace(/\s*\n\s*/gu, ' ')}` });
		}
		if (answer === -1) {
			const clock = stamps.get(row)?.time ?? '';
			const label = who.replace(/\s*\n\s*/gu, ' ');
			out.push(...cellLines(said, row.lines, `${post === -1 ? `${label}：` : `○${label}　`}${clock === '' ? '' : `[${clock}] `}`));
			continue;
		}
		// A row of questions and answers: the question's turn and the answer's, each typed by what it is and who speaks
		// (`（質問）林 美咲：…`, `（回答）会長 井上：…`), as a summary of a Q&A writes them (a name alone is no speaker's label).
		out.push(...cellLines(said, row.lines, `（質問）${who.replace(/\s*\n\s*/gu, ' ')}：`));
		const answered = cells[answer] ?? '';
		const by = (cells[answerer] ?? '').replace(/\s*\n\s*/gu, ' ');
		// (The answer's lines are the row's last: a question over several lines stands before it.)
		const answerLines = row.lines.slice(-Math.min(row.lines.length, answered.split('\n').length));
		if (answered !== '') out.push(...cellLines(answered, answerLines, `（回答）${by}${by === '' ? '' : '：'}`));
	}
	return { lines: out, headerLine: lines[headerAt]?.line ?? 1 };
}
