/**
 * Where a problem is shown. The validator names each problem by file and path
 * ("states/KZ.json", "actions[2].date"); a form field is named the same way, so a
 * problem finds its field, or the nearest field around it, and the view it is in.
 */
import type { DataError } from '$lib/data/validate';

/** An element id for a field: unique per file and path, valid in HTML and CSS. */
export function fieldId(file: string, path: string): string {
	return `f-${file}-${path}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** A path and every path around it, innermost first, ending with the file itself (""). */
export function pathsAround(path: string): string[] {
	const out = [path];
	let p = path;
	while (p) {
		p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
		if (p === out[out.length - 1]) break;
		out.push(p);
	}
	if (out[out.length - 1] !== '') out.push('');
	return out;
}

/** The problems a field shows: its own path and any below it (a range's from and to). */
export function errorsAt(errors: DataError[], file: string, path: string): DataError[] {
	return errors.filter(
		(e) =>
			e.file === file &&
			(e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`))
	);
}

/** A problem that is not about a field (a syntax error, a missing file) is placed on the file. */
export function isFieldPath(path: string): boolean {
	return (
		path !== '' &&
		path !== '(root)' &&
		path !== '(file)' &&
		path !== '(file name)' &&
		!path.startsWith('line ')
	);
}

export type View =
	| { kind: 'home' }
	| { kind: 'treaty' }
	| { kind: 'members' }
	| { kind: 'sources' }
	| { kind: 'state'; state: string };

/** The view a file's problems are fixed in. */
export function viewOfFile(file: string): View {
	const state = /^states\/([A-Z]{2})\.json$/.exec(file)?.[1];
	if (state) return { kind: 'state', state };
	if (file === 'treaty.json') return { kind: 'treaty' };
	if (file === 'members.json') return { kind: 'members' };
	if (file === 'sources.json') return { kind: 'sources' };
	return { kind: 'home' };
}

export function viewHash(view: View): string {
	return view.kind === 'state'
		? `#/state/${view.state}`
		: `#/${view.kind === 'home' ? '' : view.kind}`;
}

export function viewOfHash(hash: string): View {
	const m = /^#\/(treaty|members|sources|state\/([A-Z]{2}))?$/.exec(hash);
	if (!m || !m[1]) return { kind: 'home' };
	if (m[2]) return { kind: 'state', state: m[2] };
	return { kind: m[1] as 'treaty' | 'members' | 'sources' };
}
