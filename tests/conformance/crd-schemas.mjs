// Custom resources judged by their operators' CRDs (crds/*.yaml beside this file): each served version's
// openAPIV3Schema, read the way the API server reads a structural schema, with unknown fields refused
// (server-side field validation "Strict", what `kubectl apply --validate=strict` asks for):
//  - an object schema with `properties` and neither `additionalProperties` nor
//    `x-kubernetes-preserve-unknown-fields: true` accepts only those properties;
//  - `nullable: true` also accepts null; `x-kubernetes-int-or-string: true` accepts an integer or a string;
//  - Kubernetes' number formats (int32, int64, float, double, byte, ...) are checked for what they say.
// The CEL rules (`x-kubernetes-validations`) are the operator's webhooks' business and are not evaluated.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseYamlDocuments } from './lib.mjs';

const crdDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crds');

function structural(schema) {
    if (Array.isArray(schema)) return schema.map(structural);
    if (!schema || typeof schema !== 'object') return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'x-kubernetes-validations' || key === 'description') continue;
        out[key] = key === 'properties' || key === 'patternProperties' || key === 'definitions'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structural(v)]))
            : structural(value);
    }
    if (out['x-kubernetes-int-or-string']) {
        delete out.type;
        if (!out.anyOf && !out.oneOf) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
    if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
    const preserve = out['x-kubernetes-preserve-unknown-fields'] === true;
    if (out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
    return out;
}

const INT32 = (v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31;
function newAjv() {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    ajv.addFormat('int32', { type: 'number', validate: INT32 });
    ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
    for (const f of ['float', 'double']) ajv.addFormat(f, { type: 'number', validate: () => true });
    ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
    for (const f of ['date-time', 'duration', 'uri', 'hostname', 'date', 'password', 'email', 'ipv4', 'ipv6', 'uuid']) {
        ajv.addFormat(f, () => true);
    }
    return ajv;
}

let cache = null;
// apiVersion "group/version" + kind -> ajv validate function, for every CRD file in crds/.
export function customResourceValidators() {
    if (cache) return cache;
    cache = new Map();
    if (!fs.existsSync(crdDir)) return cache;
    const ajv = newAjv();
    for (const name of fs.readdirSync(crdDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
        const { docs } = parseYamlDocuments(fs.readFileSync(path.join(crdDir, name), 'utf8'));
        for (const crd of docs.filter((d) => d?.kind === 'CustomResourceDefinition')) {
            for (const version of crd.spec?.versions ?? []) {
                const schema = version.schema?.openAPIV3Schema;
                if (!version.served || !schema) continue;
                const key = `${crd.spec.group}/${version.name}|${crd.spec.names.kind}`;
                cache.set(key, { file: name, validate: ajv.compile(structural(schema)) });
            }
        }
    }
    return cache;
}

export function customResourceValidator(apiVersion, kind) {
    return customResourceValidators().get(`${apiVersion}|${kind}`) ?? null;
}
