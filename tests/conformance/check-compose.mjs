// Checks every Compose file under a directory the way `docker compose config` would (no Docker engine
// needed): variables interpolated from the .env.example beside it, the current Compose Specification
// JSON schema (shipped by npm `dclint`) checked with ajv, then the cross-references Compose resolves
// (services, volumes, networks, secrets, configs) and the mistakes that make `docker compose up` fail.
// Usage: node check-compose.mjs DIR    Prints one line per problem; exit 0 ok, 1 problems, 2 nothing found.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Report, usageDir, findFiles, parseYamlDocuments, jsonPointerToPath, ajvErrorText, relative,
    NODE_MODULES } from './lib.mjs';

const COMPOSE_NAMES = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']);
const schemaPath = path.join(NODE_MODULES, 'dclint', 'schemas', 'compose.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
// The schema names draft-07 by its https address, which ajv does not know by that name; draft-07 is
// ajv's default dialect, so the reference is dropped rather than the schema rewritten.
delete schema.$schema;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

function readEnvFile(file) {
    const vars = new Map();
    if (!fs.existsSync(file)) return null;
    for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#')) continue;
        const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
        if (m) vars.set(m[1], m[2].trim().replace(/^(['"])(.*)\1$/, '$2'));
    }
    return vars;
}

// Compose interpolation: $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}, ${VAR+r}.
function interpolate(value, vars, onVariable) {
    if (typeof value === 'string') {
        return value.replace(/\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, braced, bare) => {
            if (all === '$$') return '$';
            const expr = braced ?? bare;
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])(.*))?$/s.exec(expr);
            if (!m) {
                onVariable(expr, 'invalid');
                return '';
            }
            const [, name, op, arg] = m;
            const set = vars.has(name);
            const val = vars.get(name) ?? '';
            onVariable(name, op ? 'guarded' : 'plain');
            switch (op) {
            case ':-': return set && val !== '' ? val : arg;
            case '-': return set ? val : arg;
            case ':+': return set && val !== '' ? arg : '';
            case '+': return set ? arg : '';
            default: return val; // plain, ':?' and '?': the value (a missing one is reported by the caller)
            }
        });
    }
    if (Array.isArray(value)) return value.map((v) => interpolate(v, vars, onVariable));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, vars, onVariable)]));
    }
    return value;
}

const listOrKeys = (v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v) : []);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function checkReferences(file, compose, report) {
    const services = isObject(compose.services) ? compose.services : {};
    const declared = (key) => new Set(isObject(compose[key]) ? Object.keys(compose[key]) : []);
    const volumes = declared('volumes');
    const networks = declared('networks');
    const secrets = declared('secrets');
    const configs = declared('configs');
    const published = new Map();

    for (const [name, svc] of Object.entries(services)) {
        if (!isObject(svc)) continue;
        const at = (field) => `services.${name}.${field}`;
        if (!svc.image && !svc.build && !svc.extends) {
            report.problem(file, `services.${name}`, 'has neither an image nor a build context');
        }
        const deps = isObject(svc.depends_on) ? Object.entries(svc.depends_on)
            : listOrKeys(svc.depends_on).map((d) => [d, {}]);
        for (const [dep, how] of deps) {
            if (!(dep in services)) {
                report.problem(file, at('depends_on'), `depends on undefined service "${dep}"`);
            } else if (dep === name) {
                report.problem(file, at('depends_on'), 'depends on itself');
            } else if (how?.condition === 'service_healthy') {
                const hc = services[dep]?.healthcheck;
                if (!hc || hc.disable === true) {
                    report.problem(file, at(`depends_on.${dep}`),
                        `condition service_healthy, but service "${dep}" has no healthcheck`);
                }
            }
        }
        for (const link of listOrKeys(svc.links)) {
            const target = String(link).split(':')[0];
            if (!(target in services)) report.problem(file, at('links'), `links to undefined service "${target}"`);
        }
        const mode = typeof svc.network_mode === 'string' ? svc.network_mode : '';
        if (mode.startsWith('service:') && !(mode.slice(8) in services)) {
            report.problem(file, at('network_mode'), `refers to undefined service "${mode.slice(8)}"`);
        }
        for (const from of listOrKeys(svc.volumes_from)) {
            const parts = String(from).split(':');
            const target = parts[0] === 'service' ? parts[1] : parts[0] === 'container' ? null : parts[0];
            if (target && !(target in services)) {
                report.problem(file, at('volumes_from'), `refers to undefined service "${target}"`);
            }
        }
        for (const net of listOrKeys(svc.networks)) {
            if (net !== 'default' && !networks.has(net)) {
                report.problem(file, at('networks'), `refers to undefined network "${net}"`);
            }
        }
        (Array.isArray(svc.volumes) ? svc.volumes : []).forEach((vol, i) => {
            let source = null;
            if (typeof vol === 'string') {
                const parts = vol.split(':');
                if (parts.length > 1) source = parts[0];
            } else if (isObject(vol) && (vol.type ?? 'volume') === 'volume') {
                source = vol.source ?? null;
            }
            if (source && !/^[./~]/.test(source) && !path.isAbsolute(source) && !volumes.has(source)) {
                report.problem(file, at(`volumes[${i}]`), `refers to undefined volume "${source}"`);
            }
        });
        for (const [key, known, what] of [['secrets', secrets, 'secret'], ['configs', configs, 'config']]) {
            (Array.isArray(svc[key]) ? svc[key] : []).forEach((ref, i) => {
                const source = typeof ref === 'string' ? ref : ref?.source;
                if (source && !known.has(source)) {
                    report.problem(file, at(`${key}[${i}]`), `refers to undefined ${what} "${source}"`);
                }
            });
        }
        // Two services publishing one host port cannot both start.
        (Array.isArray(svc.ports) ? svc.ports : []).forEach((port, i) => {
            let hostPort = null;
            let proto = 'tcp';
            let ip = '';
            if (typeof port === 'string') {
                const [spec, p] = port.split('/');
                proto = p ?? 'tcp';
                const parts = spec.split(':');
                if (parts.length === 3) [ip, hostPort] = parts;
                else if (parts.length === 2) [hostPort] = parts;
            } else if (isObject(port) && port.published !== undefined) {
                hostPort = String(port.published);
                proto = port.protocol ?? 'tcp';
                ip = port.host_ip ?? '';
            }
            if (hostPort && !hostPort.includes('-')) {
                const key = `${ip}:${hostPort}/${proto}`;
                if (published.has(key)) {
                    report.problem(file, at(`ports[${i}]`),
                        `host port ${hostPort}/${proto} is also published by service "${published.get(key)}"`);
                } else {
                    published.set(key, name);
                }
            }
        });
    }
    for (const [key, what] of [['secrets', 'secret'], ['configs', 'config']]) {
        for (const [name, def] of Object.entries(isObject(compose[key]) ? compose[key] : {})) {
            const sources = ['file', 'environment', 'external', 'content', 'name'].filter((k) => def?.[k] !== undefined);
            if (sources.length === 0) {
                report.problem(file, `${key}.${name}`, `${what} has no source (file, environment or external)`);
            }
        }
    }
}

const dir = usageDir('check-compose.mjs');
const report = new Report('check-compose');
for (const file of findFiles(dir, (_, name) => COMPOSE_NAMES.has(name) || /\.compose\.ya?ml$/.test(name))) {
    report.checked += 1;
    const shown = relative(file);
    const folder = path.dirname(file);
    if (fs.existsSync(path.join(folder, '.env'))) {
        report.problem(shown, '', '.env is generated beside the Compose file; only .env.example may be (values stay out of generated files)');
    }
    const { docs, errors } = parseYamlDocuments(fs.readFileSync(file, 'utf8'));
    errors.forEach((e) => report.problem(shown, '', `YAML: ${e}`));
    if (errors.length > 0) continue;
    if (docs.length !== 1 || !isObject(docs[0])) {
        report.problem(shown, '', 'a Compose file must be one YAML mapping');
        continue;
    }
    const envExample = readEnvFile(path.join(folder, '.env.example'));
    const vars = envExample ?? new Map();
    const missing = new Set();
    const compose = interpolate(docs[0], vars, (name, kind) => {
        if (kind === 'invalid') report.problem(shown, '', `invalid interpolation "\${${name}}"`);
        else if (kind === 'plain' && !vars.has(name)) missing.add(name);
    });
    for (const name of [...missing].sort()) {
        report.problem(shown, '', envExample
            ? `variable ${name} is used but not listed in .env.example`
            : `variable ${name} is used but there is no .env.example beside the file`);
    }
    if ('version' in compose) {
        report.problem(shown, 'version', 'obsolete top-level "version" (the Compose Specification has none)');
    }
    if (!validateSchema(compose)) {
        const seen = new Set();
        for (const e of validateSchema.errors) {
            const line = `${jsonPointerToPath(e.instancePath)}: ${ajvErrorText(e)}`;
            if (!seen.has(line)) {
                seen.add(line);
                report.problem(shown, jsonPointerToPath(e.instancePath), `schema: ${ajvErrorText(e)}`);
            }
        }
    }
    checkReferences(shown, compose, report);
}
report.finish('Compose file(s)');
