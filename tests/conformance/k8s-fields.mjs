// The field tree of every Kubernetes API type, read from the TypeScript declarations that npm
// `kubernetes-models` ships (generated from the Kubernetes OpenAPI document). The package's own validators
// accept unknown fields (a typo such as `resoruces` passes), so this walks each object against the declared
// fields and reports every field the API does not have — what `kubectl apply --validate=strict` would refuse.
import fs from 'node:fs';
import path from 'node:path';
import { NODE_MODULES } from './lib.mjs';

const ROOTS = [path.join(NODE_MODULES, 'kubernetes-models'),
    path.join(NODE_MODULES, '@kubernetes-models', 'apimachinery')];

// name -> {props: Map<field, typeExpr>, open: bool, file}
const interfaces = new Map();
const local = new Map(); // file -> Map<localName, interface>

function parseDeclarations(file) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const mine = new Map();
    for (let i = 0; i < lines.length; i++) {
        const head = /^export interface (\w+)(?: extends [^{]*)? \{\s*$/.exec(lines[i]);
        if (!head) continue;
        const def = { props: new Map(), open: false, file, name: head[1] };
        for (i += 1; i < lines.length && lines[i] !== '}'; i++) {
            const line = lines[i];
            if (/^ {4}\[key: string\]/.test(line)) def.open = true;
            const prop = /^ {4}"([^"]+)"\??: (.*)$/.exec(line);
            if (!prop) continue;
            let type = prop[2];
            if (type === '{') { // a map type spread over lines: { [key: string]: T; }
                const parts = [];
                for (i += 1; i < lines.length && !/^ {4}\};?$/.test(lines[i]); i++) parts.push(lines[i].trim());
                type = `{ ${parts.join(' ')} }`;
            }
            def.props.set(prop[1], type.replace(/;$/, '').trim());
        }
        mine.set(def.name, def);
    }
    local.set(file, mine);
    const exported = /^export \{ (.*) \};$/m.exec(text);
    if (exported) {
        for (const pair of exported[1].split(',')) {
            const m = /^\s*(\w+) as (\w+)\s*$/.exec(pair);
            if (m && mine.has(m[1])) interfaces.set(m[2], mine.get(m[1]));
        }
    }
}

function walkDir(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walkDir(full);
        else if (entry.name.endsWith('.d.ts')) parseDeclarations(full);
    }
}
ROOTS.forEach((root) => fs.existsSync(root) && walkDir(root));

function resolveName(name, fromFile) {
    return local.get(fromFile)?.get(name) ?? interfaces.get(name) ?? null;
}

// The declaration of a top-level object, e.g. apps/v1 Deployment -> kubernetes-models/apps/v1/Deployment.d.ts
export function topLevelType(apiVersion, kind) {
    const file = path.join(ROOTS[0], ...String(apiVersion).split('/'), `${kind}.d.ts`);
    return local.get(file)?.get(`I${kind}`) ?? null;
}

// Calls report(fieldPath, message) for every field of `value` that its type does not declare.
export function checkFields(value, typeExpr, fromFile, where, report) {
    if (value === null || value === undefined) return;
    let type = typeExpr.trim();
    const arrayOf = /^Array<(.*)>$/.exec(type);
    if (arrayOf) {
        if (Array.isArray(value)) {
            value.forEach((item, i) => checkFields(item, arrayOf[1], fromFile, `${where}[${i}]`, report));
        }
        return;
    }
    const mapOf = /^\{ \[key: string\]: (.*?);? \}$/.exec(type);
    if (mapOf) {
        if (typeof value === 'object' && !Array.isArray(value)) {
            for (const [k, v] of Object.entries(value)) checkFields(v, mapOf[1], fromFile, `${where}.${k}`, report);
        }
        return;
    }
    // Unions of literals, primitives, type aliases (IntOrString, Quantity, Time) and indexed types are leaves.
    if (!/^\w+$/.test(type)) return;
    const def = resolveName(type, fromFile);
    if (!def) return;
    checkObject(value, def, where, report);
}

export function checkObject(value, def, where, report) {
    if (typeof value !== 'object' || Array.isArray(value) || def.open) return;
    for (const [field, v] of Object.entries(value)) {
        const path_ = where ? `${where}.${field}` : field;
        const fieldType = def.props.get(field);
        if (fieldType === undefined) {
            report(path_, `unknown field "${field}"`);
        } else {
            checkFields(v, fieldType, def.file, path_, report);
        }
    }
}

export const declaredTypes = () => interfaces.size;
