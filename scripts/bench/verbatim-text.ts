/**
 * Pieces shared by the verbatim writers: fictional people and the rosters of a body, speeches
 * recombined from the real seeds' sentences, and a transcript being written (lines, bytes, speakers).
 */
import type { Random } from './prng.ts';

/** A fictional person. */
export interface Person {
	surname: string;
	given: string;
}

/** Surnames drawn for rosters (common ones; unique within a roster so that `<surname>委員` names one person). */
const SURNAMES = [
	'佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林', '斎藤', '清水',
	'山崎', '森', '池田', '橋本', '阿部', '石川', '山下', '中島', '石井', '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本',
	'齊藤', '福田', '太田', '西村', '藤井', '岡本', '松田', '中川', '原田', '小野', '竹内', '金子', '和田', '中山', '石田', '上田', '森田', '柴田', '酒井', '工藤',
] as const;
/** Given names (none ends like a post: 長, 者, 員, 官 …, which would read as a title in a roll). */
const GIVEN_NAMES = [
	'太郎', '花子', '一郎', '次郎', '大介', '美咲', '健一', '直樹', '裕子', '恵子', '誠', '亮', '翔太', '由美', '和也', '拓也', '陽子', '聡', '剛', '真理子',
	'正一', '芳一', '秀徳', '宏', '勉', '晃二', '佳隆', '幸男', '夕季', '周平', '宏高', '智子', '浩二', '明美', '隆', '洋平', 'さくら', 'よしのり', '康弘', '典子',
] as const;

/** `<surname><given>` as a speaker label writes it. */
export const fullName = (person: Person): string => `${person.surname}${person.given}`;

/** `surname　given` with one full-width space, as the assemblies' rolls and labels write it. */
export const spacedName = (person: Person): string => `${person.surname}\u3000${person.given}`;

/** The Diet's five-character name cell: `青山 周平`, `佐藤　　勉`, `長谷田晃二`. */
export function paddedName(person: Person): string {
	const length = [...person.surname].length + [...person.given].length;
	if (length >= 5) return fullName(person);
	const gap = 5 - length;
	return `${person.surname}${gap === 1 ? ' ' : '\u3000'.repeat(gap)}${person.given}`;
}

/** `count` people with distinct surnames. */
export function people(random: Random, count: number): Person[] {
	if (count > SURNAMES.length) throw new Error(`at most ${SURNAMES.length} people per roster`);
	return random.sample(SURNAMES, count).map((surname) => ({ surname, given: random.pick(GIVEN_NAMES) }));
}

/** Sentences of the real seeds' remarks that read as plain speech: none starts like a mark, a heading, a stage direction or a page marker. */
export function speechSentences(paragraphs: readonly string[]): string[] {
	const sentences = paragraphs.flatMap((paragraph) => paragraph.split(/(?<=。)/u)).map((sentence) => sentence.trim());
	const usable = sentences.filter((sentence) => [...sentence].length >= 12 && !/^[○◯〇◎◆◇●△▽☆★・<>＜＞（(〔［[「」『』\-－―]|^日程|^第/u.test(sentence));
	if (usable.length === 0) throw new Error('the seeds hold no sentences to make speeches from');
	return [...new Set(usable)].sort();
}

/** A speech: `paragraphs` paragraphs of 2–5 sentences each. */
export function speech(random: Random, sentences: readonly string[], paragraphs: number): string[] {
	return Array.from({ length: paragraphs }, () => Array.from({ length: random.int(2, 5) }, () => random.pick(sentences)).join(''));
}

/** A transcript being written: its lines, UTF-8 size and the speaker labels of its turns in order. */
export interface Script {
	lines: string[];
	bytes: number;
	speakers: string[];
}

/** An empty script. */
export const newScript = (): Script => ({ lines: [], bytes: 0, speakers: [] });

/** Add lines as they are. */
export function write(script: Script, ...lines: string[]): void {
	for (const line of lines) {
		script.lines.push(line);
		script.bytes += Buffer.byteLength(line) + 1;
	}
}

/** Add a turn: `<mark><label>　<first paragraph>`, each further paragraph on its own line opened by a full-width space. */
export function say(script: Script, label: string, paragraphs: readonly string[], mark = '○'): void {
	const [first = '', ...rest] = paragraphs;
	write(script, `${mark}${label}\u3000${first}`, ...rest.map((paragraph) => `\u3000${paragraph}`));
	script.speakers.push(label);
}

/** The text of a script (lines joined, ending with a newline). */
export const scriptText = (script: Script): string => `${script.lines.join('\n')}\n`;

/** UTF-8 bytes of transcript per minute of sitting (about 300 characters spoken a minute). */
const BYTES_PER_MINUTE = 900;

/** Minutes a transcript of `bytes` takes to speak. */
export const speakingMinutes = (bytes: number): number => Math.ceil(bytes / BYTES_PER_MINUTE);

/** Cells two to a line, as rolls print them: `indent` + cell + `gap` + cell. */
export function columns(cells: readonly string[], indent: string, gap: string): string[] {
	const lines: string[] = [];
	for (let i = 0; i < cells.length; i += 2) lines.push(`${indent}${cells.slice(i, i + 2).join(gap)}`);
	return lines;
}
