/** A small union-find over string keys (identities that turned out to be one person). */
export class KeyUnion {
	#parent = new Map<string, string>();

	/** Register a key (no-op when known). */
	add(key: string): void {
		if (!this.#parent.has(key)) this.#parent.set(key, key);
	}

	/** The representative of a key's group. */
	find(key: string): string {
		this.add(key);
		let root = key;
		while (this.#parent.get(root) !== root) root = this.#parent.get(root) ?? root;
		let node = key;
		while (node !== root) {
			const next = this.#parent.get(node) ?? root;
			this.#parent.set(node, root);
			node = next;
		}
		return root;
	}

	/** Put two keys into one group. */
	union(a: string, b: string): void {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra !== rb) this.#parent.set(rb, ra);
	}

	/** Every registered key. */
	keys(): string[] {
		return [...this.#parent.keys()];
	}
}
