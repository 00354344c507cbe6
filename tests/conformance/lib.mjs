// Shared helpers of the conformance validators: finding files, reading YAML with positions, and
// reporting problems as one line each ("file: where: what"), so a failing ctest says exactly what to fix.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

// Packages are read from the node_modules beside these scripts (installed by `npm ci`).
export const NODE_MODULES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules');

// A crash of a validator must never look like "the file has problems" (exit 1) nor like success.
process.on('uncaughtException', (err) => {
    console.log(`internal error in the validator: ${err?.stack ?? err}`);
    process.exit(3);
});

export class Report {
    constructor(tool) {
        this.tool = tool;
        this.problems = 0;
        this.checked = 0;
    }
    problem(file, where, message) {
        this.problems += 1;
        console.log(`${file}: ${where ? `${where}: ` : ''}${message}`);
    }
    // Exit codes: 0 every file accepted, 1 problems found, 2 nothing to check (the caller decides whether
    // that is a failure), 3 the validator itself failed.
    finish(what) {
        if (this.problems > 0) {
            console.log(`${this.tool}: ${this.problems} problem(s) in ${this.checked} ${what}`);
            process.exit(1);
        }
        if (this.checked === 0) {
            console.log(`${this.tool}: no ${what} found`);
            process.exit(2);
        }
        console.log(`${this.tool}: ${this.checked} ${what} accepted`);
        process.exit(0);
    }
}

let shownBase = process.cwd();

export function usageDir(tool) {
    const dir = process.argv[2];
    if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        console.error(`usage: node ${tool} DIRECTORY`);
        process.exit(2);
    }
    shownBase = dir; // problems name files relative to the directory checked
    return dir;
}

// Files under `dir` (recursively, sorted, skipping node_modules and dot-directories) accepted by `keep`.
export function findFiles(dir, keep) {
    const found = [];
    const walk = (d) => {
        for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) =>
            a.name.localeCompare(b.name))) {
            const full = path.join(d, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !(entry.name.startsWith('.') && entry.name.length > 1))
                    walk(full);
            } else if (keep(full, entry.name)) {
                found.push(full);
            }
        }
    };
    walk(dir);
    return found;
}

// Parses every YAML document of `text`; returns {docs: [plain objects], errors: ["line:col: message"]}.
export function parseYamlDocuments(text) {
    const docs = [];
    const errors = [];
    const lineCounter = new YAML.LineCounter();
    for (const doc of YAML.parseAllDocuments(text, { lineCounter, uniqueKeys: true })) {
        for (const e of doc.errors) {
            const pos = e.linePos?.[0];
            errors.push(`${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`);
        }
        if (doc.errors.length === 0) {
            const value = doc.toJS({ maxAliasCount: 100 });
            if (value !== null && value !== undefined) docs.push(value);
        }
    }
    return { docs, errors };
}

// "/services/web/ports/0" -> "services.web.ports[0]"
export function jsonPointerToPath(pointer) {
    if (!pointer) return '(top level)';
    return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

export function ajvErrorText(e) {
    switch (e.keyword) {
    case 'additionalProperties': return `unknown field "${e.params.additionalProperty}"`;
    case 'required': return `missing required field "${e.params.missingProperty}"`;
    case 'enum': return `${e.message}: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default: return e.message;
    }
}

export function relative(file) {
    return path.relative(shownBase, file) || file;
}
