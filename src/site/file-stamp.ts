/** What says a file is unchanged without reading it: its size, modification time (ns) and inode. */
import { stat } from 'node:fs/promises';

/**
 * A file's size, modification time (ns) and inode as one string, or null when it cannot be read or, with
 * `settleMs`, was modified less than that ago (a change within the same tick of a coarse clock, such as FAT's 2 s,
 * would keep the stamp: a caller that cannot rule that out asks for the file to have settled first).
 */
export async function fileStamp(file: string | Buffer, settleMs?: number): Promise<string | null> {
	try {
		const info = await stat(file, { bigint: true });
		if (settleMs !== undefined && Number(info.mtimeNs / 1_000_000n) >= Date.now() - settleMs) return null;
		return `${info.size}:${info.mtimeNs}:${info.ino}`;
	} catch {
		return null;
	}
}
