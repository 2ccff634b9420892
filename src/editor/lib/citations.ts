/**
 * Where each source is cited: every `sources` list in every file, by file and path, so
 * the editor can say why a source cannot be removed and where to look.
 */
type Where = { file: string; path: string };

export function citationsOf(docs: Record<string, unknown>): Map<string, Where[]> {
	const out = new Map<string, Where[]>();
	const visit = (file: string, value: unknown, path: string) => {
		if (Array.isArray(value)) {
			value.forEach((v, i) => visit(file, v, `${path}[${i}]`));
		} else if (value && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				const here = path ? `${path}.${key}` : key;
				const isCitations =
					(key === 'sources' || path.startsWith('titleSources')) && Array.isArray(v);
				if (isCitations && file !== 'sources.json') {
					(v as { id?: unknown }[]).forEach((ref, i) => {
						if (typeof ref?.id !== 'string') return;
						const list = out.get(ref.id) ?? [];
						list.push({ file, path: `${here}[${i}]` });
						out.set(ref.id, list);
					});
				} else visit(file, v, here);
			}
		}
	};
	for (const [file, doc] of Object.entries(docs)) visit(file, doc, '');
	return out;
}
